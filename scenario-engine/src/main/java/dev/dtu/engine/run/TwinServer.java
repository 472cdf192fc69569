package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.server.universe.Universes;
import dev.dtu.twins.Twins;
import java.time.Duration;

/** The twins a sweep runs against: an embedded universe server on a free loopback port. */
public final class TwinServer implements AutoCloseable {
    private final DtuServer server;

    private TwinServer(DtuServer server) {
        this.server = server;
    }

    public static TwinServer embedded() {
        return new TwinServer(new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start());
    }

    public Universes universes() {
        return server.universes();
    }

    public UniverseRegistry registry() {
        return server.universes();
    }

    public String url() {
        return server.url();
    }

    public String adminUrl() {
        return server.url() + "/_dtu";
    }

    /** A person acting in a twin: {@code METHOD /_dtu/universes/{id}/{twin}/{path}}. */
    public HttpCalls.Answer act(String universeId, String twin, String method, String path, JsonNode body) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return HttpCalls.send(method, adminUrl() + "/universes/" + universeId + "/" + twin + "/" + rel, body, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.close();
    }
}
