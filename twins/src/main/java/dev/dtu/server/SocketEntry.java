package dev.dtu.server;

import dev.dtu.server.admin.AdminApi;
import dev.dtu.server.delivery.SocketListener;
import dev.dtu.server.delivery.SocketPeer;
import dev.dtu.server.delivery.SocketUpgrade;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.Universe;
import dev.dtu.server.universe.UniverseRegistry;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.xnio.IoUtils;

/**
 * WebSocket upgrades at a twin's path ({@code /u/{universe}/{twin}/...}): the twin accepts one with a
 * {@link SocketListener} (Slack's Socket Mode) or refuses it with an HTTP answer. Undertow does the handshake
 * and the framing; a socket's bad frames close that socket only.
 */
final class SocketEntry {
    private static final AtomicLong IDS = new AtomicLong();
    /** RFC 6455 7.4.1: the close code for a peer breaking the server's policy (Undertow's for a ping flood). */
    private static final int POLICY_VIOLATION = 1008;
    private final UniverseRegistry universes;

    SocketEntry(UniverseRegistry universes) {
        this.universes = universes;
    }

    static boolean isUpgrade(HttpServerExchange ex) {
        return ex.getRequestHeaders().getFirst(Headers.UPGRADE) != null
                && "websocket".equalsIgnoreCase(ex.getRequestHeaders().getFirst(Headers.UPGRADE))
                && ex.getRequestPath().startsWith("/u/");
    }

    void handle(HttpServerExchange ex) throws Exception {
        Optional<Universe> universe = universe(ex);
        SocketUpgrade upgrade = route(ex, universe);
        if (!upgrade.accepted()) {
            Response r = upgrade.refusal();
            ex.setStatusCode(r.status());
            r.headers().forEach((k, v) -> ex.getResponseHeaders().put(HttpString.tryFromString(k), v));
            ex.getResponseSender().send(ByteBuffer.wrap(r.body()));
            return;
        }
        new WebSocketProtocolHandshakeHandler(callback(upgrade, universe.orElseThrow().clock())).handleRequest(ex);
    }

    private Optional<Universe> universe(HttpServerExchange ex) {
        String[] parts = ex.getRequestPath().split("/", 5);
        return parts.length < 4 ? Optional.empty() : universes.find(parts[2]);
    }

    private SocketUpgrade route(HttpServerExchange ex, Optional<Universe> universe) {
        String[] parts = ex.getRequestPath().split("/", 5); // "", "u", id, twin, rest
        Optional<Twin> twin = parts.length < 4 ? Optional.empty()
                : universes.twins().stream().filter(t -> t.name().equals(parts[3])).findFirst();
        if (twin.isEmpty()) {
            return SocketUpgrade.refuse(AdminApi.error(404, "not_found", "no twin at " + ex.getRequestPath()));
        }
        if (universe.isEmpty()) {
            return SocketUpgrade.refuse(twin.get().errors().error(404, "no universe '" + parts[2] + "'"));
        }
        String origin = ex.getRequestScheme() + "://" + ex.getHostAndPort();
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach(h -> headers.put(h.getHeaderName().toString().toLowerCase(Locale.ROOT),
                new ArrayList<>(h)));
        Request request = new Request(ex.getRequestMethod().toString(), "/" + (parts.length == 5 ? parts[4] : ""),
                QueryStrings.parse(ex.getQueryString()), headers, new byte[0],
                origin + "/u/" + parts[2] + "/" + twin.get().name());
        return twin.get().upgrade(universe.get(), request);
    }

    private static WebSocketConnectionCallback callback(SocketUpgrade upgrade, Clock universeClock) {
        SocketListener listener = upgrade.listener();
        return (exchange, channel) -> {
            Peer peer = new Peer("ws-" + IDS.incrementAndGet(), channel);
            channel.addCloseTask(ch -> listener.onClose(peer));
            channel.getReceiveSetter().set(new AbstractReceiveListener() {
                private Instant windowEnds = Instant.MIN;
                private int pings;

                @Override
                protected long getMaxTextBufferSize() {
                    return upgrade.maxFrameBytes();
                }

                /**
                 * Undertow's guard against a ping flood (at most 300 pings a minute, then close 1008), with the
                 * minute on the universe's clock: an app whose clock runs K times as fast pings K times as often in
                 * real time (Slack's Java SDK checks its socket every 5 s of its own time, with a ping every 100 ms
                 * until the pong).
                 */
                @Override
                protected void countPing(WebSocketChannel ch) throws IOException {
                    Instant now = universeClock.instant();
                    if (now.isAfter(windowEnds)) {
                        windowEnds = now.plusMillis(getPingWindowLength());
                        pings = 0;
                    }
                    if (++pings > getMaxPingsPerWindow()) {
                        String why = "too many pings: " + pings + " in " + getPingWindowLength() + " ms";
                        peer.close(POLICY_VIOLATION, why);
                    }
                }

                @Override
                protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage message) {
                    listener.onText(peer, message.getData());
                }

                @Override
                protected void onFullBinaryMessage(WebSocketChannel ch, BufferedBinaryMessage message) {
                    message.getData().free();
                    listener.onRefusedFrame(peer, "binary frame");
                }

                @Override
                protected void onError(WebSocketChannel ch, Throwable error) {
                    // Undertow stops reading a text message past getMaxTextBufferSize with an IOException
                    listener.onRefusedFrame(peer, String.valueOf(error.getMessage()));
                    peer.close(1009, "message too big");
                }
            });
            channel.resumeReceives();
            listener.onOpen(peer);
        };
    }

    /** Undertow's channel behind the framework's {@link SocketPeer}. */
    private record Peer(String id, WebSocketChannel channel) implements SocketPeer {
        @Override
        public void send(String text) {
            WebSockets.sendText(text, channel, null);
        }

        @Override
        public void ping() {
            WebSockets.sendPing(ByteBuffer.wrap("ping".getBytes(StandardCharsets.US_ASCII)), channel, null);
        }

        @Override
        public void close(int code, String reason) {
            if (!channel.isOpen()) {
                return;
            }
            WebSockets.sendClose(code, reason, channel, null);
            channel.getIoThread().executeAfter(() -> IoUtils.safeClose(channel), 2, java.util.concurrent.TimeUnit.SECONDS);
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen() && !channel.isCloseFrameSent();
        }
    }
}
