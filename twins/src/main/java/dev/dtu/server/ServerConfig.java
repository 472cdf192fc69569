package dev.dtu.server;

import dev.dtu.server.universe.StorageQuota;
import java.nio.file.Path;

/**
 * How a server starts.
 *
 * @param dataDir where H2 keeps durable state; null for in-memory
 * @param maxBodyBytes request bodies above this get the vendor's 413
 * @param publicUrl the URL clients use to reach the server (behind a port mapping or proxy); null: the URL each
 *                  request reached, or the bound address when there is no request
 * @param tls HTTPS instead of HTTP; null for plain HTTP
 * @param fixedCredentials the default universe's secrets are the same on every start, even in memory
 * @param proxyPort port of the forward proxy for the vendors' own host names (0 picks one); -1 for none
 * @param storage how many bytes of clients' files a universe, and all of them together, may keep; null: the
 *                defaults or {@code DTU_STORAGE_PER_UNIVERSE}/{@code DTU_STORAGE_TOTAL} ({@link StorageQuota})
 */
public record ServerConfig(String host, int port, Path dataDir, int workerThreads, long maxBodyBytes,
                           String publicUrl, Tls tls, boolean fixedCredentials, int proxyPort, StorageQuota storage) {
    public ServerConfig(String host, int port, Path dataDir, int workerThreads, long maxBodyBytes,
                        String publicUrl, Tls tls, boolean fixedCredentials, int proxyPort) {
        this(host, port, dataDir, workerThreads, maxBodyBytes, publicUrl, tls, fixedCredentials, proxyPort, null);
    }

    /** The same server keeping at most these bytes of clients' files. */
    public ServerConfig withStorage(StorageQuota quota) {
        return new ServerConfig(host, port, dataDir, workerThreads, maxBodyBytes, publicUrl, tls, fixedCredentials,
                proxyPort, quota);
    }

    /**
     * HTTPS settings.
     *
     * @param certFile PEM certificate chain to serve, or null for one issued by the local CA
     * @param keyFile PEM private key of {@code certFile}
     * @param caDir where the local CA is kept; null: {@code DATA_DIR/ca}, or {@code ~/.dtu/ca} in memory
     */
    public record Tls(Path certFile, Path keyFile, Path caDir) {
        public static final Tls LOCAL_CA = new Tls(null, null, null);
    }

    public ServerConfig withProxyPort(int port) {
        return new ServerConfig(host, this.port, dataDir, workerThreads, maxBodyBytes, publicUrl, tls, fixedCredentials, port, storage);
    }

    /** The folder of the local CA this configuration uses (whether or not it serves TLS). */
    public Path caDir() {
        if (tls != null && tls.caDir() != null) {
            return tls.caDir();
        }
        return dataDir != null ? dataDir.resolve("ca") : Path.of(System.getProperty("user.home"), ".dtu", "ca");
    }

    public String scheme() {
        return tls == null ? "http" : "https";
    }

    public ServerConfig(String host, int port, Path dataDir, int workerThreads, long maxBodyBytes) {
        this(host, port, dataDir, workerThreads, maxBodyBytes, null, null, false, -1);
    }

    public static ServerConfig inMemory(String host, int port) {
        return new ServerConfig(host, port, null, 256, 10L * 1024 * 1024);
    }

    public ServerConfig withDataDir(Path dir) {
        return new ServerConfig(host, port, dir, workerThreads, maxBodyBytes, publicUrl, tls, fixedCredentials, proxyPort, storage);
    }

    public ServerConfig withPublicUrl(String url) {
        String trimmed = url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
        return new ServerConfig(host, port, dataDir, workerThreads, maxBodyBytes, trimmed, tls, fixedCredentials, proxyPort, storage);
    }

    public ServerConfig withTls(Tls settings) {
        return new ServerConfig(host, port, dataDir, workerThreads, maxBodyBytes, publicUrl, settings, fixedCredentials, proxyPort, storage);
    }

    public ServerConfig withFixedCredentials(boolean fixed) {
        return new ServerConfig(host, port, dataDir, workerThreads, maxBodyBytes, publicUrl, tls, fixed, proxyPort, storage);
    }
}
