package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.state.H2Store;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The universe server: Undertow in front, the registry of universes behind, twins plugged in. */
public final class DtuServer implements AutoCloseable {
    private final ServerConfig config;
    private final StateStore store;
    private final Metrics metrics = new Metrics();
    private final UniverseRegistry universes;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile String serverUrl;
    private Undertow undertow;

    public DtuServer(ServerConfig config, List<Twin> twins) {
        this(config, twins, config.dataDir() == null ? StateStore.NONE : new H2Store(config.dataDir()));
    }

    /** A server over a given store (tests use one whose commits they control). */
    DtuServer(ServerConfig config, List<Twin> twins, StateStore store) {
        this.config = config;
        this.serverUrl = "http://" + config.host() + ":" + config.port();
        this.store = store;
        this.universes = new UniverseRegistry(twins, store, () -> serverUrl, metrics);
    }

    public DtuServer start() {
        AdminApi admin = new AdminApi(universes, ready::get);
        HttpEntry entry = new HttpEntry(universes, admin, new TwinGateway(metrics), metrics, config.maxBodyBytes());
        undertow = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setWorkerThreads(config.workerThreads())
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, HttpEntry.entityLimit(config.maxBodyBytes()))
                .setHandler(entry)
                .build();
        undertow.start();
        InetSocketAddress bound = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        serverUrl = "http://" + hostForUrl(config.host()) + ":" + bound.getPort();
        ready.set(true);
        return this;
    }

    public String url() {
        return serverUrl;
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public UniverseRegistry universes() {
        return universes;
    }

    public Metrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        ready.set(false);
        if (undertow != null) {
            undertow.stop();
        }
        universes.close();
        store.close();
    }

    private static String hostForUrl(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
