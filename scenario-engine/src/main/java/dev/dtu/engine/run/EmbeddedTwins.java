package dev.dtu.engine.run;

import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.server.universe.Universes;
import dev.dtu.twins.Twins;

/** The same server {@code dtu serve} runs, in the sweep's own process on loopback; state is read in process. */
final class EmbeddedTwins implements TwinServer {
    private final DtuServer server;

    private EmbeddedTwins(DtuServer server) {
        this.server = server;
    }

    static EmbeddedTwins start() {
        return new EmbeddedTwins(new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start());
    }

    private UniverseRegistry registry() {
        return server.universes();
    }

    @Override
    public Universes universes() {
        return server.universes();
    }

    @Override
    public String url() {
        return server.url();
    }

    @Override
    public void clearJournal(String universeId) {
        registry().require(universeId).journal().clear();
    }

    @Override
    public long version(String universeId) {
        return registry().require(universeId).version();
    }

    @Override
    public long awaitChange(String universeId, long seen, long timeoutMillis) throws InterruptedException {
        return registry().require(universeId).awaitChange(seen, timeoutMillis);
    }

    @Override
    public boolean awaitQuiet(String universeId, long timeoutMillis) throws InterruptedException {
        return registry().require(universeId).awaitQuiet(timeoutMillis);
    }

    @Override
    public StateSource stateSource(String universeId) {
        return new UniverseStateSource(registry().require(universeId).state(),
                registry().twins().stream().map(Twin::name).toList());
    }

    @Override
    public void close() {
        server.close();
    }
}
