package dev.dtu.server.delivery;

/** A twin's side of one accepted WebSocket. Called on the server's IO threads: never block. */
public interface SocketListener {
    void onOpen(SocketPeer peer);

    void onText(SocketPeer peer, String text);

    /** A frame the twin cannot take (binary, or larger than {@link SocketUpgrade#maxFrameBytes()}). */
    default void onRefusedFrame(SocketPeer peer, String why) {}

    void onClose(SocketPeer peer);
}
