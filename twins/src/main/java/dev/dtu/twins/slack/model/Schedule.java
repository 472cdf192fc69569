package dev.dtu.twins.slack.model;

import dev.dtu.twins.slack.errors.SlackError;
import java.util.List;

/** chat.scheduleMessage: messages that post themselves once their time comes. */
public final class Schedule {
    /** https://api.slack.com/methods/chat.scheduleMessage: at most 120 days ahead. */
    public static final long MAX_AHEAD_SECONDS = 120L * 24 * 3600;

    private final Workspace ws;

    public Schedule(Workspace ws) {
        this.ws = ws;
    }

    public ScheduledMessage schedule(Author author, Conversation c, Content content, long postAt, String threadTs,
                                     boolean broadcast) {
        Content kept = content.checked();
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        if (postAt <= ws.nowSeconds()) {
            throw new SlackError("time_in_past");
        }
        if (postAt > ws.nowSeconds() + MAX_AHEAD_SECONDS) {
            throw new SlackError("time_too_far");
        }
        ScheduledMessage s = new ScheduledMessage(Ids.next(ws.tx(), "Q"), c.id(), postAt, ws.nowSeconds(), author,
                kept.text(), kept.blocks(), kept.attachments(), threadTs, broadcast, kept.metadata());
        ws.wakeAt(postAt);
        return ws.tx().put(SlackKinds.SCHEDULED, s.id(), s);
    }

    public void delete(Conversation c, String id) {
        ScheduledMessage s = ws.tx().get(SlackKinds.SCHEDULED, id)
                .filter(m -> m.channel().equals(c.id()))
                .orElseThrow(() -> new SlackError("invalid_scheduled_message_id"));
        ws.tx().remove(SlackKinds.SCHEDULED, s.id());
    }

    public boolean anyDue() {
        return ws.tx().all(SlackKinds.SCHEDULED).values().stream().anyMatch(s -> s.postAt() <= ws.nowSeconds());
    }

    /** Posts every message whose time has come; one that can no longer be posted is dropped, as in Slack. */
    public void postDue() {
        List<ScheduledMessage> due = ws.tx().all(SlackKinds.SCHEDULED).values().stream()
                .filter(s -> s.postAt() <= ws.nowSeconds())
                .sorted(java.util.Comparator.comparingLong(ScheduledMessage::postAt))
                .toList();
        for (ScheduledMessage s : due) {
            ws.tx().remove(SlackKinds.SCHEDULED, s.id());
            ws.find(s.channel()).ifPresent(c -> {
                try {
                    new Chat(ws).post(s.author(), c, new Content(s.text(), s.blocks(), s.attachments(), s.metadata()),
                            s.threadTs(), s.replyBroadcast());
                } catch (SlackError gone) {
                    // archived since, or the thread was deleted: Slack drops the message too
                }
            });
        }
    }
}
