package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.List;

/**
 * AI assistant threads (https://api.slack.com/docs/apps/ai): a person opens the app's assistant container, Slack
 * starts a thread in their DM with the app and tells the app (assistant_thread_started, with the channel the person
 * was looking at as {@code context}); switching channels while it is open is assistant_thread_context_changed.
 * The app sets the thread's status ("is thinking…"), title and suggested prompts.
 */
public final class AssistantThreads {
    private final Workspace ws;

    public AssistantThreads(Workspace ws) {
        this.ws = ws;
    }

    /**
     * A new thread for {@code user}, looking at {@code contextChannel} (or null). The thread's parent is a message of
     * the app's in the DM, subtype {@code assistant_app_thread}; Slack shows no text for it (the twin's text is a
     * guess, as Slack documents none), and no message event is sent for it.
     */
    public ObjectNode start(String user, String contextChannel) {
        AppConfig app = ws.app();
        Conversation dm = new Channels(ws).open(user, List.of(app.botUserId())).conversation();
        String ts = ws.nextTs(ws.find(dm.id()).orElse(dm));
        ws.save(new Message(dm.id(), ts, app.botUserId(), app.botId(), app.appId(), "assistant_app_thread",
                "New Assistant Thread", null, null, null, 0, List.of(), null, null, List.of()));
        ObjectNode thread = Json.object().put("user_id", user).put("channel_id", dm.id()).put("thread_ts", ts);
        thread.set("context", context(contextChannel));
        records().put(key(dm.id(), ts), thread.deepCopy().put("title", "").put("status", ""));
        ws.emit("assistant_thread_started", event(thread), true);
        return thread;
    }

    /** The person looks at another channel with the thread open. */
    public ObjectNode changeContext(String user, String channel, String threadTs, String contextChannel) {
        ObjectNode stored = thread(channel, threadTs);
        if (!stored.path("user_id").asText().equals(user)) {
            throw new SlackError("invalid_thread_ts");
        }
        stored.set("context", context(contextChannel));
        records().put(key(channel, threadTs), stored);
        ObjectNode thread = Json.object().put("user_id", user).put("channel_id", channel).put("thread_ts", threadTs);
        thread.set("context", stored.get("context"));
        ws.emit("assistant_thread_context_changed", event(thread), true);
        return thread;
    }

    /** The thread as the app may change it: the channel must be one it sees, the thread a message in it. */
    public ObjectNode thread(String channel, String threadTs) {
        if (threadTs == null || ws.message(channel, threadTs).isEmpty()) {
            throw new SlackError("invalid_thread_ts");
        }
        String ts = Ts.canonical(threadTs).orElseThrow();
        return records().get(key(channel, ts)).orElseGet(() -> Json.object().put("channel_id", channel)
                .put("thread_ts", ts));
    }

    public void set(String channel, String threadTs, String field, JsonNode value) {
        ObjectNode t = thread(channel, threadTs);
        t.set(field, value);
        records().put(key(channel, t.path("thread_ts").asText()), t);
    }

    private ObjectNode context(String channel) {
        ObjectNode c = Json.object();
        if (channel != null) {
            c.put("channel_id", channel);
        }
        c.put("team_id", ws.team().id()).putNull("enterprise_id");
        return c;
    }

    private static ObjectNode event(ObjectNode thread) {
        ObjectNode e = Json.object();
        e.set("assistant_thread", thread);
        return e;
    }

    private static String key(String channel, String ts) {
        return channel + "/" + ts;
    }

    private Records records() {
        return new Records(ws, SlackKinds.ASSISTANT_THREADS);
    }
}
