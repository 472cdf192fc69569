package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.slack.errors.SlackError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Slack workspace seen through a {@link Tx}: lookups, and the events the operations on it cause.
 * Reads use a Tx over the current state that is never committed.
 */
public final class Workspace {
    private final Tx tx;
    private final Instant now;
    private final List<WorkspaceEvent> events = new ArrayList<>();
    private final List<Instant> wakeUps = new ArrayList<>();
    private String filesUrl = "https://files.slack.com";
    private String tokenRoute;

    public Workspace(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /** Where files' url_private points: the twin's own base URL when serving a request. */
    public Workspace withFilesUrl(String url) {
        this.filesUrl = url;
        return this;
    }

    public String filesUrl() {
        return filesUrl;
    }

    /** The universe's minted routing number, which every token issued at run time carries (see {@link Installs#routeOf}). */
    public Workspace withTokenRoute(String route) {
        this.tokenRoute = route;
        return this;
    }

    public Optional<String> tokenRoute() {
        return Optional.ofNullable(tokenRoute);
    }

    public Tx tx() {
        return tx;
    }

    public Instant now() {
        return now;
    }

    public long nowSeconds() {
        return now.getEpochSecond();
    }

    public List<WorkspaceEvent> events() {
        return List.copyOf(events);
    }

    /** Asks to be woken at this time (epoch seconds) to post what is due then. */
    public void wakeAt(long epochSeconds) {
        wakeUps.add(Instant.ofEpochSecond(epochSeconds));
    }

    public List<Instant> wakeUps() {
        return List.copyOf(wakeUps);
    }

    public Team team() {
        return tx.all(SlackKinds.TEAM).firstEntry().getValue();
    }

    public AppConfig app() {
        return tx.get(SlackKinds.APP, AppConfig.ID).orElseThrow();
    }

    public Optional<User> user(String id) {
        return id == null ? Optional.empty() : tx.get(SlackKinds.USERS, id);
    }

    public User requireUser(String id) {
        return user(id).orElseThrow(() -> new SlackError("user_not_found"));
    }

    public Optional<User> userByEmail(String email) {
        return tx.all(SlackKinds.USERS).values().stream()
                .filter(u -> u.email() != null && u.email().equalsIgnoreCase(email))
                .findFirst();
    }

    public Collection<User> users() {
        return tx.all(SlackKinds.USERS).values();
    }

    public Optional<Bot> bot(String id) {
        return id == null ? Optional.empty() : tx.get(SlackKinds.BOTS, id);
    }

    public Collection<Conversation> conversations() {
        return tx.all(SlackKinds.CONVERSATIONS).values();
    }

    /**
     * The conversation {@code ref} names (an id, or a channel name with or without '#') as {@code caller}
     * may see it: private conversations the caller is not in do not exist for them.
     */
    public Conversation visible(String ref, String caller) {
        Conversation c = find(ref).orElseThrow(() -> new SlackError("channel_not_found"));
        if (c.isPrivate() && !c.hasMember(caller)) {
            throw new SlackError("channel_not_found");
        }
        return c;
    }

    public Optional<Conversation> find(String ref) {
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<Conversation> byId = tx.get(SlackKinds.CONVERSATIONS, ref);
        if (byId.isPresent()) {
            return byId;
        }
        String name = (ref.startsWith("#") ? ref.substring(1) : ref).toLowerCase(Locale.ROOT);
        return conversations().stream()
                .filter(c -> c.isChannel() && c.name().equals(name))
                .findFirst();
    }

    public Conversation save(Conversation c) {
        return tx.put(SlackKinds.CONVERSATIONS, c.id(), c);
    }

    public Optional<Message> message(String channel, String ts) {
        return Ts.canonical(ts).flatMap(t -> tx.get(SlackKinds.MESSAGES, Message.key(channel, t)));
    }

    public Message save(Message m) {
        return tx.put(SlackKinds.MESSAGES, m.key(), m);
    }

    /** Every message of a channel, replies included, oldest first. */
    public Collection<Message> messages(String channel) {
        return tx.all(SlackKinds.MESSAGES).subMap(channel + "/", channel + "0").values();
    }

    /** A channel's messages newest first, replies included: a view, so reading one page touches one page. */
    public java.util.NavigableMap<String, Message> newestFirst(String channel) {
        return tx.all(SlackKinds.MESSAGES).subMap(channel + "/", true, channel + "0", false).descendingMap();
    }

    public List<String> pinnedTo(Message m) {
        return tx.get(SlackKinds.PINS, m.key()).map(p -> List.of(p.channel())).orElse(List.of());
    }

    public ObjectNode json(Message m) {
        ObjectNode o = SlackJson.message(m, team().id(), pinnedTo(m));
        if (m.blocks() != null) {
            o.set("blocks", CallBlocks.decorate(m.blocks(), this));
        }
        if (!m.files().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode files = o.putArray("files");
            for (String id : m.files()) {
                Optional<File> f = tx.get(SlackKinds.FILES, id).filter(x -> !x.deleted());
                if (f.isPresent()) {
                    files.add(json(f.get()));
                } else {
                    files.addObject().put("id", id).put("mode", "tombstone");
                }
            }
            o.put("upload", true).put("display_as_bot", false);
        }
        return o;
    }

    public ObjectNode json(File f) {
        return SlackJson.file(f, team(), filesUrl);
    }

    /** A fresh ts for the conversation, recorded so the next one is larger. */
    public String nextTs(Conversation c) {
        String ts = Ts.next(c.lastTs(), now);
        save(c.withLastTs(ts));
        return ts;
    }

    /** An event ts for things that are not messages. */
    public String eventTs() {
        return Ts.format(Ts.micros(now));
    }

    public boolean botIn(Conversation c) {
        return c.hasMember(app().botUserId());
    }

    public void emit(String type, ObjectNode event, boolean botCanSee) {
        event.put("type", type);
        if (!event.has("event_ts")) {
            event.put("event_ts", eventTs());
        }
        events.add(new WorkspaceEvent(type, event, botCanSee));
    }

    public static String channelType(Conversation c) {
        return switch (c.type()) {
            case PUBLIC_CHANNEL -> "channel";
            case PRIVATE_CHANNEL -> "group";
            case IM -> "im";
            case MPIM -> "mpim";
        };
    }
}
