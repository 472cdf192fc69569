package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.SocketListener;
import dev.dtu.server.delivery.SocketPeer;
import dev.dtu.server.delivery.SocketRoute;
import dev.dtu.server.delivery.SocketUpgrade;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.errors.SlackErrors;
import dev.dtu.twins.slack.model.SlackKinds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Socket Mode (https://api.slack.com/apis/socket-mode): {@code apps.connections.open} hands the app a one-time
 * link; each WebSocket on it gets {@code hello}, then the envelopes the Events API, slash commands and
 * interactivity would have POSTed, spread over the app's open sockets; the app acknowledges each by its
 * {@code envelope_id}. Live sockets are not universe state: snapshots and forks do not carry them.
 */
public final class SocketMode {
    public static final String LINK = "/link/";
    /** The disconnect reasons Slack sends (https://api.slack.com/apis/socket-mode#disconnect). */
    public static final List<String> DISCONNECT_REASONS = List.of("refresh_requested", "warning", "link_disabled");
    /** The largest message the twin reads from an app; Slack documents none (a guess: acks are small). */
    static final long MAX_FRAME_BYTES = 1 << 20;
    /**
     * Slack pings every socket; @slack/socket-mode drops one that sees no ping for 30 s of its own time, so the
     * pings keep the universe's time (an app under libfaketime at ten times the speed would see one every 100 s
     * if they kept real time).
     */
    private static final Duration PING_EVERY = Duration.ofSeconds(10);
    /** The longest real wait between looks at a universe's clock: its rate may change in between. */
    private static final long RECHECK_MILLIS = 500;
    /** A socket told to reconnect is closed after this grace, as Slack recycles it. */
    private static final long GRACE_MILLIS = 1_000;
    /** How long a {@code warning} socket has before Slack closes it. */
    private static final long WARNING_MILLIS = 10_000;

    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService timer;

    /** One app's tickets, sockets and unacknowledged envelopes in one universe. */
    private static final class Link {
        final Set<String> tickets = ConcurrentHashMap.newKeySet();
        final List<SocketPeer> peers = new CopyOnWriteArrayList<>();
        final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        final AtomicInteger next = new AtomicInteger();
        /** Whether a ping round is scheduled for this link's sockets. */
        final AtomicBoolean pinging = new AtomicBoolean();
        volatile Instant nextPing;

        SocketPeer nextPeer() {
            List<SocketPeer> open = peers.stream().filter(SocketPeer::isOpen).toList();
            return open.isEmpty() ? null : open.get(Math.floorMod(next.getAndIncrement(), open.size()));
        }
    }

    /** A new one-time WebSocket URL on the host the app reached the twin by ({@code twinUrl}). */
    public String open(Universe u, String twinUrl, String appId) {
        String ticket = UUID.randomUUID().toString();
        Link link = link(u);
        if (link.tickets.size() >= 100) {
            link.tickets.clear(); // tickets nobody used: the oldest are long stale
        }
        link.tickets.add(ticket);
        return twinUrl.replaceFirst("^http", "ws") + LINK + "?ticket=" + ticket + "&app_id=" + appId;
    }

    public static boolean handles(String path) {
        return path.equals(LINK) || path.equals("/link");
    }

    /** Accepts a socket on a ticket this universe handed out and nobody used yet. */
    public SocketUpgrade upgrade(Universe u, Request request, String appId) {
        if (!handles(request.path())) {
            return SocketUpgrade.refuse(Response.json(404, SlackErrors.envelope("not_found")));
        }
        String ticket = request.queryParam("ticket").orElse("");
        Link link = links.get(u.id());
        if (link == null || !link.tickets.remove(ticket)) {
            return SocketUpgrade.refuse(Response.json(401, SlackErrors.envelope("invalid_auth")));
        }
        return SocketUpgrade.accept(new Listener(u, link, appId), MAX_FRAME_BYTES);
    }

    /** Where one envelope goes: the app's sockets, in turn. */
    public SocketRoute route(Universe u, String type, ObjectNode payload, boolean acceptsResponsePayload) {
        String envelopeId = UUID.randomUUID().toString();
        String address = u.twinUrl(SlackKinds.TWIN).replaceFirst("^http", "ws") + LINK;
        return new SocketRoute() {
            @Override
            public String address() {
                return address;
            }

            @Override
            public CompletableFuture<String> send(int attempt, String lastFailureReason) {
                Link link = links.get(u.id());
                SocketPeer peer = link == null ? null : link.nextPeer();
                if (peer == null) {
                    return CompletableFuture.failedFuture(new NoConnection());
                }
                ObjectNode envelope = Json.object();
                envelope.put("envelope_id", envelopeId);
                envelope.set("payload", payload);
                envelope.put("type", type).put("accepts_response_payload", acceptsResponsePayload)
                        .put("retry_attempt", attempt).put("retry_reason", attempt == 0 ? "" : lastFailureReason);
                CompletableFuture<String> ack = new CompletableFuture<>();
                link.pending.put(envelopeId, ack);
                ack.whenComplete((r, e) -> link.pending.remove(envelopeId, ack));
                peer.send(Json.text(envelope));
                return ack;
            }
        };
    }

    /** Open sockets of the universe's app. */
    public List<String> connections(Universe u) {
        Link link = links.get(u.id());
        return link == null ? List.of() : link.peers.stream().filter(SocketPeer::isOpen).map(SocketPeer::id).toList();
    }

    /**
     * Sends {@code disconnect} with the reason to every open socket, then closes them as Slack does: at once
     * after a short grace, or about ten seconds after a {@code warning}. Answers how many were told.
     */
    public int disconnect(Universe u, String reason) {
        Link link = links.get(u.id());
        if (link == null) {
            return 0;
        }
        int told = 0;
        for (SocketPeer peer : link.peers) {
            if (peer.isOpen()) {
                ObjectNode message = Json.object().put("type", "disconnect").put("reason", reason);
                message.putObject("debug_info").put("host", host(u));
                peer.send(Json.text(message));
                timer().schedule(() -> peer.close(1000, reason),
                        reason.equals("warning") ? WARNING_MILLIS : GRACE_MILLIS, TimeUnit.MILLISECONDS);
                told++;
            }
        }
        return told;
    }

    private Link link(Universe u) {
        return links.computeIfAbsent(u.id(), id -> new Link());
    }

    private static String host(Universe u) {
        return "applink-dtu-" + u.id();
    }

    private ScheduledExecutorService timer() {
        ScheduledExecutorService t = timer;
        if (t == null) {
            synchronized (this) {
                if (timer == null) {
                    timer = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread thread = new Thread(r, "dtu-slack-socket-mode");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                t = timer;
            }
        }
        return t;
    }

    /** Starts pinging a link's sockets every {@link #PING_EVERY} of the universe's time, unless it already is. */
    private void startPinging(Universe u, Link link) {
        if (link.pinging.compareAndSet(false, true)) {
            link.nextPing = u.clock().instant().plus(PING_EVERY);
            timer().execute(() -> pingRound(u, link));
        }
    }

    /** Pings the link's open sockets when due; stops once none is open (the next socket starts it again). */
    private void pingRound(Universe u, Link link) {
        if (link.peers.stream().noneMatch(SocketPeer::isOpen)) {
            link.pinging.set(false);
            if (link.peers.stream().noneMatch(SocketPeer::isOpen) || !link.pinging.compareAndSet(false, true)) {
                return;
            }
        }
        Instant now = u.clock().instant();
        if (!now.isBefore(link.nextPing)) {
            link.peers.stream().filter(SocketPeer::isOpen).forEach(SocketPeer::ping);
            link.nextPing = now.plus(PING_EVERY);
        }
        long due = u.clockRealMillis(Duration.between(now, link.nextPing).toMillis());
        timer().schedule(() -> pingRound(u, link), Math.max(1, Math.min(due, RECHECK_MILLIS)), TimeUnit.MILLISECONDS);
    }

    /** One socket of the app: hello on open, acks in, everything else ignored as Slack ignores it. */
    private final class Listener implements SocketListener {
        private final Universe universe;
        private final Link link;
        private final String appId;

        Listener(Universe universe, Link link, String appId) {
            this.universe = universe;
            this.link = link;
            this.appId = appId;
        }

        @Override
        public void onOpen(SocketPeer peer) {
            link.peers.add(peer);
            startPinging(universe, link);
            ObjectNode hello = Json.object().put("type", "hello")
                    .put("num_connections", (int) link.peers.stream().filter(SocketPeer::isOpen).count());
            hello.putObject("debug_info").put("host", host(universe)).put("build_number", 1)
                    .put("approximate_connection_time", 18060);
            hello.putObject("connection_info").put("app_id", appId);
            peer.send(Json.text(hello));
        }

        /** An acknowledgement: {@code {"envelope_id": …, "payload": …}}. Unknown or late ones change nothing. */
        @Override
        public void onText(SocketPeer peer, String text) {
            JsonNode ack;
            try {
                ack = Json.parse(text.getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                return;
            }
            String id = ack.path("envelope_id").asText(null);
            CompletableFuture<String> waiting = id == null ? null : link.pending.get(id);
            if (waiting != null) {
                JsonNode payload = ack.get("payload");
                waiting.complete(payload == null || payload.isNull() ? "" : Json.text(payload));
            }
        }

        @Override
        public void onClose(SocketPeer peer) {
            link.peers.remove(peer);
        }
    }
}
