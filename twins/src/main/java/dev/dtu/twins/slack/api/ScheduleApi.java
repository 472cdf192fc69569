package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Schedule;
import dev.dtu.twins.slack.model.ScheduledMessage;
import dev.dtu.twins.slack.model.SlackKinds;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** chat.scheduleMessage, chat.scheduledMessages.list and chat.deleteScheduledMessage. */
final class ScheduleApi {
    private ScheduleApi() {}

    static ObjectNode scheduleMessage(MethodCall m) {
        Conversation c = ChatApi.target(m);
        long postAt = m.args().integer("post_at").orElseThrow(() -> new SlackError("invalid_time"));
        ScheduledMessage s = new Schedule(m.ws()).schedule(m.author(), c, ChatApi.content(m), postAt,
                m.args().string("thread_ts").orElse(null), m.args().bool("reply_broadcast", false));
        ObjectNode body = MethodCall.body();
        body.put("channel", c.id()).put("scheduled_message_id", s.id()).put("post_at", s.postAt());
        ObjectNode message = body.putObject("message");
        message.put("type", "message").put("text", s.text()).put("user", s.author().user())
                .put("team", m.ws().team().id());
        if (s.author().isBot()) {
            message.put("bot_id", s.author().botId()).put("app_id", s.author().appId());
        }
        if (s.blocks() != null) {
            message.set("blocks", s.blocks());
        }
        if (s.metadata() != null) {
            // Slack's own SDK test reads the metadata back from this answer (message_metadata_Test#sendAndRead)
            message.set("metadata", s.metadata());
        }
        return body;
    }

    static ObjectNode list(MethodCall m) {
        Optional<String> channel = m.args().string("channel");
        long oldest = m.args().integer("oldest").orElse(0L);
        long latest = m.args().integer("latest").orElse(Long.MAX_VALUE);
        List<ScheduledMessage> mine = m.ws().tx().all(SlackKinds.SCHEDULED).values().stream()
                .filter(s -> s.author().user().equals(m.user()))
                .filter(s -> channel.map(s.channel()::equals).orElse(true))
                .filter(s -> s.postAt() >= oldest && s.postAt() <= latest)
                .sorted(Comparator.comparing(ScheduledMessage::id))
                .toList();
        Page<ScheduledMessage> page = Page.of(mine, ScheduledMessage::id, "scheduled", false,
                m.args().cursor().orElse(null), m.args().limit());
        ObjectNode body = MethodCall.body();
        ArrayNode items = body.putArray("scheduled_messages");
        page.items().forEach(s -> items.addObject().put("id", s.id()).put("channel_id", s.channel())
                .put("post_at", s.postAt()).put("date_created", s.dateCreated()).put("text", s.text()));
        page.metadata(body);
        return body;
    }

    static ObjectNode delete(MethodCall m) {
        Conversation c = m.conversation();
        new Schedule(m.ws()).delete(c, m.args().require("scheduled_message_id", "invalid_scheduled_message_id"));
        return MethodCall.body();
    }
}
