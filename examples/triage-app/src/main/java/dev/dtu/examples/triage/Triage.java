package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The business rules: a top-level message in the support channel that reports a bug becomes a ticket and
 * gets a threaded reply naming it; a check-mark reaction on that message by a support member closes it.
 */
final class Triage {
    private static final Pattern BUG = Pattern.compile("\\bbug\\b", Pattern.CASE_INSENSITIVE);

    private final Config config;
    private final SlackClient slack;
    private final SupportTeam team;
    private final Map<String, Ticket> byThread = new ConcurrentHashMap<>();
    private final Set<String> seenEvents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile String supportChannelId;

    Triage(Config config, SlackClient slack) {
        this.config = config;
        this.slack = slack;
        this.team = new SupportTeam(slack, this::supportChannel);
    }

    /** Handles one event_callback envelope; Slack may deliver the same event again, so it is handled once. */
    void onEvent(JsonNode envelope) {
        if (!seenEvents.add(envelope.path("event_id").asText())) {
            return;
        }
        JsonNode event = envelope.path("event");
        switch (event.path("type").asText()) {
            case "message" -> onMessage(event);
            case "reaction_added" -> onReaction(event);
            default -> { }
        }
    }

    private void onMessage(JsonNode m) {
        boolean topLevel = !m.has("thread_ts") || m.path("thread_ts").asText().equals(m.path("ts").asText());
        if (m.has("subtype") || m.has("bot_id") || !topLevel || !m.path("channel").asText().equals(supportChannel())) {
            return;
        }
        String text = m.path("text").asText();
        if (!BUG.matcher(text).find()) {
            return;
        }
        String key = "TRI-" + counter.incrementAndGet();
        Ticket ticket = new Ticket(key, m.path("channel").asText(), m.path("ts").asText(), m.path("user").asText(),
                summary(text), "open");
        byThread.put(ticket.threadTs(), ticket);
        slack.postMessage(ticket.channel(), "Thanks <@" + ticket.reporter() + ">, I filed " + key + ": " + ticket.summary(),
                ticket.threadTs());
    }

    private void onReaction(JsonNode r) {
        if (!r.path("reaction").asText().equals("white_check_mark")) {
            return;
        }
        Ticket ticket = byThread.get(r.path("item").path("ts").asText());
        if (ticket == null || ticket.status().equals("closed")) {
            return;
        }
        String user = r.path("user").asText();
        if (!config.hasBug("close-for-anyone") && !team.isMember(user)) {
            return;
        }
        byThread.put(ticket.threadTs(), ticket.closed());
        slack.postMessage(ticket.channel(), "Closed " + ticket.key() + " (marked done by <@" + user + ">).", ticket.threadTs());
    }

    List<Ticket> tickets() {
        List<Ticket> list = new ArrayList<>(byThread.values());
        list.sort((a, b) -> Integer.compare(number(a.key()), number(b.key())));
        return list;
    }

    /** Forgets everything (the scenario engine calls this between trajectories). */
    void reset() {
        byThread.clear();
        seenEvents.clear();
        counter.set(0);
        supportChannelId = null;
        team.forget();
    }

    private String supportChannel() {
        String id = supportChannelId;
        if (id == null) {
            id = slack.channelId(config.supportChannel()).orElse("");
            supportChannelId = id.isEmpty() ? null : id;
        }
        return id;
    }

    private static String summary(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        String stripped = oneLine.replaceFirst("(?i)^bug\\s*:?\\s*", "");
        return (stripped.isEmpty() ? oneLine : stripped).toLowerCase(Locale.ROOT).length() > 80
                ? stripped.substring(0, 80) : stripped;
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
    }

}
