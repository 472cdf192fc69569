package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.http.TwinGateway;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.proxy.ForwardProxy;
import dev.dtu.server.state.H2Store;
import dev.dtu.server.state.StateStore;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import org.xnio.Option;
import org.xnio.OptionMap;
import io.undertow.server.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;

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
    private volatile LocalCa ca;
    private Undertow undertow;
    private GuardedHttpListener listener;
    /** What the forward proxy proves itself with to this server's handler (see {@link ForwardProxy#VENDOR_HOST}). */
    private final String proxyKey = dev.dtu.server.twin.CredentialSpec.hex(new java.security.SecureRandom(), 32);
    private ForwardProxy proxy;
    private AdminApi admin;

    /** @throws StartupException when the data directory cannot be used */
    public DtuServer(ServerConfig config, List<Twin> twins) {
        this(config, twins, openStore(config.dataDir()));
    }

    /** A server over a given store (tests use one whose commits they control). */
    DtuServer(ServerConfig config, List<Twin> twins, StateStore store) {
        this.config = config;
        this.serverUrl = config.publicUrl() != null ? config.publicUrl()
                : config.scheme() + "://" + hostForUrl(config.host()) + ":" + config.port();
        this.store = store;
        try {
            this.universes = new UniverseRegistry(twins, store, () -> serverUrl, metrics, config.fixedCredentials(),
                    config.storage() != null ? config.storage() : dev.dtu.server.universe.StorageQuota.fromEnvironment());
        } catch (RuntimeException e) {
            store.close();
            throw config.dataDir() == null ? e
                    : new StartupException("cannot load the data directory " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Binds and serves.
     *
     * @throws StartupException when the address cannot be bound or TLS cannot be set up
     */
    public DtuServer start() {
        if (config.port() < 0 || config.port() > 65535) {
            close();
            throw new StartupException("bad port " + config.port() + ": expected 0 to 65535 (0 picks a free one)", null);
        }
        SSLContext tls = config.tls() == null ? null : sslContextOrClose();
        try {
            OptionMap options = undertowOptions();
            HttpHandler handler = handler();
            Undertow.Builder builder = Undertow.builder().setWorkerThreads(config.workerThreads());
            options.forEach(option -> copy(builder, options, option));
            undertow = builder.setHandler(handler).build();
            undertow.start();
            listener = GuardedHttpListener.listen(undertow.getWorker(), config.host(), config.port(), options, handler, tls);
        } catch (RuntimeException | IOException e) {
            close();
            throw new StartupException("cannot listen on " + hostForUrl(config.host()) + ":" + config.port() + ": "
                    + bindFailure(e), e);
        }
        int boundPort = port();
        String local = config.scheme() + "://" + hostForUrl(config.host()) + ":" + boundPort;
        if (config.publicUrl() == null) {
            serverUrl = local;
        }
        if (config.proxyPort() >= 0) {
            startProxy(local);
        }
        ready.set(true);
        return this;
    }

    private void startProxy(String local) {
        try {
            if (ca == null) {
                ca = LocalCa.openOrCreate(config.caDir());
            }
            proxy = new ForwardProxy(config.host(), config.proxyPort(), universes, local, ca, proxyKey);
        } catch (IOException | UncheckedIOException e) {
            close();
            throw new StartupException("cannot listen on " + hostForUrl(config.host()) + ":" + config.proxyPort()
                    + " (--proxy-port): " + bindFailure(e), e);
        }
    }

    /** The forward proxy's port, when there is one. */
    public Optional<Integer> proxyPort() {
        return Optional.ofNullable(proxy).map(ForwardProxy::port);
    }

    /**
     * Undertow answers a bare 400 before any handler for a bad %-escape, raw non-ASCII bytes in the URL or more
     * than 1,000 query parameters; the server decodes paths itself (http.Paths) and answers those in the addressed
     * vendor's envelope, and takes as many parameters as a URL within the header size limit holds (Sheets
     * values:batchGet takes thousands of ranges). What Undertow's parser refuses outright (a malformed escape, a
     * NUL in a header) is mended before it, over plain HTTP and TLS alike ({@link GuardedHttpListener}).
     */
    private OptionMap undertowOptions() {
        return OptionMap.builder()
                .set(UndertowOptions.ALWAYS_SET_DATE, true)
                .set(UndertowOptions.MAX_ENTITY_SIZE, HttpEntry.entityLimit(config.maxBodyBytes()))
                .set(UndertowOptions.DECODE_URL, false)
                .set(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .set(UndertowOptions.MAX_PARAMETERS, MAX_QUERY_PARAMETERS)
                .getMap();
    }

    private static <T> void copy(Undertow.Builder builder, OptionMap options, Option<T> option) {
        builder.setServerOption(option, options.get(option));
    }

    private SSLContext sslContextOrClose() {
        try {
            return sslContext();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** X-Forwarded-Proto/Host (a proxy in front) or --public-url decide the URL the twins answer with. */
    private HttpHandler handler() {
        admin = new AdminApi(universes, ready::get, this::caPem);
        HttpHandler entry = new HttpEntry(universes, admin, new TwinGateway(metrics), metrics, config.maxBodyBytes(),
                proxyKey);
        return config.publicUrl() == null ? Handlers.proxyPeerAddress(entry) : new PublicUrl(URI.create(config.publicUrl()), entry);
    }

    private SSLContext sslContext() {
        ServerConfig.Tls tls = config.tls();
        try {
            if (tls.certFile() != null) {
                return TlsContexts.server(tls.certFile(), tls.keyFile());
            }
            ca = LocalCa.openOrCreate(config.caDir());
            LocalCa.Issued issued = ca.issue(certificateNames());
            return TlsContexts.server(issued.key(), List.of(issued.certificate(), issued.issuer()));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new StartupException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** Every name a client may use to reach this server, as the certificate's subject alternative names. */
    private Set<String> certificateNames() {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                names.add(InetAddress.getLocalHost().getHostName());
            } catch (IOException unknown) {
                // No resolvable host name: loopback names only.
            }
        } else {
            names.add(host);
        }
        if (config.publicUrl() != null) {
            names.add(URI.create(config.publicUrl()).getHost());
        }
        return names;
    }

    /** The local CA's certificate in PEM, when this server serves one of its certificates. */
    public Optional<String> caPem() {
        return Optional.ofNullable(ca).map(LocalCa::pem);
    }

    public String url() {
        return serverUrl;
    }

    public int port() {
        return listener.port();
    }

    /** The web console at {@code /_dtu/console} (once started). */
    public dev.dtu.server.console.Console console() {
        return admin.console();
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
        if (proxy != null) {
            proxy.close();
        }
        if (listener != null) {
            listener.close();
        }
        if (undertow != null) {
            try {
                undertow.stop();
            } catch (RuntimeException neverStarted) {
                // start() failed half-way: nothing is listening.
            }
        }
        universes.close();
        store.close();
        metrics.close();
    }

    private static StateStore openStore(Path dataDir) {
        if (dataDir == null) {
            return StateStore.NONE;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupException("cannot use the data directory " + dataDir + ": " + ioReason(e), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StartupException("cannot use the data directory " + dataDir + ": it is not writable", null);
        }
        try {
            return new H2Store(dataDir);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static String ioReason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage();
    }

    private static String bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException b) {
                return String.valueOf(b.getMessage()).toLowerCase(Locale.ROOT);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String hostForUrl(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
