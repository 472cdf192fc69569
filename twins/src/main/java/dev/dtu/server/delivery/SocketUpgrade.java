package dev.dtu.server.delivery;

import dev.dtu.server.http.Response;

/**
 * A twin's answer to a WebSocket upgrade request: accept it with a listener, or refuse it with an HTTP answer.
 *
 * @param maxFrameBytes the largest text message the twin reads; a larger one closes that socket with 1009
 */
public record SocketUpgrade(SocketListener listener, Response refusal, long maxFrameBytes) {
    public static SocketUpgrade accept(SocketListener listener, long maxFrameBytes) {
        return new SocketUpgrade(listener, null, maxFrameBytes);
    }

    public static SocketUpgrade refuse(Response refusal) {
        return new SocketUpgrade(null, refusal, 0);
    }

    public boolean accepted() {
        return listener != null;
    }
}
