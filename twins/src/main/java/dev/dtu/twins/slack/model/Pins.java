package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.List;

/** Pinning messages to their channel. */
public final class Pins {
    private final Workspace ws;

    public Pins(Workspace ws) {
        this.ws = ws;
    }

    public void add(String user, Conversation c, String ts) {
        Message m = target(c, ts);
        if (ws.tx().get(SlackKinds.PINS, m.key()).isPresent()) {
            throw new SlackError("already_pinned");
        }
        ws.tx().put(SlackKinds.PINS, m.key(), new Pin(c.id(), m.ts(), user, ws.nowSeconds()));
        ws.emit("pin_added", event("pin_added", user, c, m), ws.botIn(c));
    }

    public void remove(String user, Conversation c, String ts) {
        Message m = target(c, ts);
        if (ws.tx().get(SlackKinds.PINS, m.key()).isEmpty()) {
            throw new SlackError("no_pin");
        }
        ws.tx().remove(SlackKinds.PINS, m.key());
        ws.emit("pin_removed", event("pin_removed", user, c, m), ws.botIn(c));
    }

    public List<Pin> of(Conversation c) {
        return ws.tx().all(SlackKinds.PINS).subMap(c.id() + "/", c.id() + "0").values().stream().toList();
    }

    private Message target(Conversation c, String ts) {
        if (ts == null) {
            throw new SlackError("no_item_specified");
        }
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        return ws.message(c.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
    }

    private ObjectNode event(String type, String user, Conversation c, Message m) {
        ObjectNode e = Json.object();
        e.put("type", type).put("user", user).put("channel_id", c.id());
        ObjectNode item = e.putObject("item");
        item.put("type", "message").put("channel", c.id()).put("created", ws.nowSeconds()).put("created_by", user);
        item.set("message", ws.json(m));
        return e;
    }
}
