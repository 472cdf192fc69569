package dev.dtu.server;

import java.nio.file.Path;

/**
 * How a server starts.
 *
 * @param dataDir where H2 keeps durable state; null for in-memory
 * @param maxBodyBytes request bodies above this get the vendor's 413
 */
public record ServerConfig(String host, int port, Path dataDir, int workerThreads, long maxBodyBytes) {
    public static ServerConfig inMemory(String host, int port) {
        return new ServerConfig(host, port, null, 256, 10L * 1024 * 1024);
    }

    public ServerConfig withDataDir(Path dir) {
        return new ServerConfig(host, port, dir, workerThreads, maxBodyBytes);
    }
}
