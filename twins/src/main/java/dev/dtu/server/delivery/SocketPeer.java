package dev.dtu.server.delivery;

/** One WebSocket an app opened to a twin, without the server library behind it. Sends never block. */
public interface SocketPeer {
    /** Unique for the server's lifetime. */
    String id();

    void send(String text);

    void ping();

    /** Sends a close frame with this code and reason, then closes. */
    void close(int code, String reason);

    boolean isOpen();
}
