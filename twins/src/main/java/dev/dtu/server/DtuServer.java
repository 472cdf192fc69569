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
import java.util.logging.Logger;

/** The universe server: Undertow in front, the registry of universes behind, twins plugged in. */
public final class DtuServer implements AutoCloseable {
    /** Query parameters a request may carry (the header size limit, 1 MiB, bounds the URL anyway). */
    static final int MAX_QUERY_PARAMETERS = 100_000;
    /** How long closing waits for running requests before it lets the process go. */
    static final long CLOSE_WAIT_MS = 3_000;
    private static final Logger LOG = Logger.getLogger(DtuServer.class.getName());

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
                // Undertow answers a bare 400 before any handler for a bad %-escape, raw non-ASCII bytes in the URL
                // or more than 1,000 query parameters; the server decodes paths itself (http.Paths) and answers
                // those in the addressed vendor's envelope, and takes as many parameters as a URL within the
                // header size limit holds (Sheets values:batchGet takes thousands of ranges).
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_QUERY_PARAMETERS)
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

    /**
     * Stops listening, then closes the universes and the store, waiting at most {@link #CLOSE_WAIT_MS} for
     * requests still running: a request stuck in a loop must not keep a SIGTERM from stopping the process
     * (what is acknowledged is already durable, so nothing acknowledged is lost by not waiting).
     */
    @Override
    public void close() {
        ready.set(false);
        Thread closing = Thread.ofPlatform().daemon().name("dtu-close").start(this::stop);
        try {
            closing.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warning("closed without waiting for requests still running after " + CLOSE_WAIT_MS + " ms");
        }
    }

    private void stop() {
        if (undertow != null) {
            undertow.stop();
        }
        universes.close();
        store.close();
        metrics.close();
    }

    private static String hostForUrl(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
