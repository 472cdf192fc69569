package dev.dtu.twins.okta;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the Okta API tests that share one server and one universe per test class (classes run one by one). */
public abstract class OneOktaUniverse {
    protected static OktaServer server;
    protected static OktaServer.Universe u;

    @BeforeAll
    static void startOkta() {
        server = new OktaServer();
        u = server.universe();
    }

    @AfterAll
    static void stopOkta() {
        server.close();
    }
}
