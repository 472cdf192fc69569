package dev.dtu.twins.jira;

import dev.dtu.server.DtuServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that talk to a real server with the Jira twin: one server per test class. */
public abstract class JiraServerTest {
    protected static DtuServer server;

    @BeforeAll
    static void startServer() {
        server = JiraSite.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
