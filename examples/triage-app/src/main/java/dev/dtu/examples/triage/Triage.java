package dev.dtu.examples.triage;

import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The business rules: a top-level message in the support channel that reports a bug becomes a Jira Bug,
 * gets a threaded reply naming its key and a row in the ticket sheet; a check-mark reaction on that message
 * by a member of the support group (Okta) moves the issue to Done, says so in the thread and in the sheet.
 */
final class Triage {
    private static final Pattern BUG = Pattern.compile("\\bbug\\b", Pattern.CASE_INSENSITIVE);

    private final Config config;
    private final SlackClient slack;
    private final SupportTeam team;
    private final JiraClient jira;
    private final TicketLog log;
    private final Map<String, Ticket> byThread = new ConcurrentHashMap<>();
    private final Set<String> seenEvents = ConcurrentHashMap.newKeySet();
    private volatile String supportChannelId;

    Triage(Config config, SlackClient slack, JiraClient jira, OktaClient okta, SheetsClient sheets) {
        this.config = config;
        this.slack = slack;
        this.jira = jira;
        this.team = new SupportTeam(slack, okta, config.supportGroup());
        this.log = new TicketLog(sheets, config.ticketSheet());
    }

    /** Slack may deliver the same event again (a retry): true the first time an event id is seen. */
    boolean firstTime(String eventId) {
        return eventId == null || seenEvents.add(eventId);
    }

    void onMessage(MessageEvent m) {
        boolean topLevel = m.getThreadTs() == null || m.getThreadTs().equals(m.getTs());
        if (m.getSubtype() != null || m.getBotId() != null || !topLevel || !supportChannel().equals(m.getChannel())) {
            return;
        }
        String text = m.getText() == null ? "" : m.getText();
        if (!BUG.matcher(text).find()) {
            return;
        }
        String channel = m.getChannel();
        String reporter = m.getUser();
        String summary = summary(text);
        String key = jira.createBug(config.jiraProject(), summary, text).orElse(null);
        if (key == null) {
            slack.postMessage(channel, "Sorry <@" + reporter + ">, I could not file this bug right now; please try again.",
                    m.getTs());
            return;
        }
        Ticket ticket = new Ticket(key, channel, m.getTs(), reporter, summary, "open");
        byThread.put(ticket.threadTs(), ticket);
        slack.postMessage(channel, "Thanks <@" + reporter + ">, I filed " + key + ": " + summary, ticket.threadTs());
        if (!config.hasBug("skip-ticket-log")) {
            log.opened(ticket, slack.email(reporter).orElse(reporter));
        }
    }

    void onReaction(ReactionAddedEvent r) {
        if (!"white_check_mark".equals(r.getReaction()) || r.getItem() == null || r.getItem().getTs() == null) {
            return;
        }
        Ticket ticket = byThread.get(r.getItem().getTs());
        if (ticket == null || ticket.status().equals("closed")) {
            return;
        }
        String user = r.getUser();
        if (!config.hasBug("close-for-anyone") && !team.isMember(user)) {
            return;
        }
        if (!jira.resolve(ticket.key())) {
            return;
        }
        byThread.put(ticket.threadTs(), ticket.closed());
        slack.postMessage(ticket.channel(), "Closed " + ticket.key() + " (marked done by <@" + user + ">).", ticket.threadTs());
        if (!config.hasBug("skip-ticket-log")) {
            log.closed(ticket);
        }
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
        supportChannelId = null;
        team.forget();
        log.forget();
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
