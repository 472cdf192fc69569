package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Pin;
import dev.dtu.twins.slack.model.Pins;

/** pins.add, pins.remove, pins.list. */
final class PinsApi {
    private PinsApi() {}

    static ObjectNode add(MethodCall m) {
        Conversation c = m.conversation();
        new Pins(m.ws()).add(m.user(), c, m.args().string("timestamp").orElse(null));
        return MethodCall.body();
    }

    static ObjectNode remove(MethodCall m) {
        Conversation c = m.conversation();
        new Pins(m.ws()).remove(m.user(), c, m.args().string("timestamp").orElse(null));
        return MethodCall.body();
    }

    /** Newest pin first; pins.list is not paginated in Slack either. */
    static ObjectNode list(MethodCall m) {
        Conversation c = m.conversation();
        ObjectNode body = MethodCall.body();
        ArrayNode items = body.putArray("items");
        new Pins(m.ws()).of(c).stream()
                .sorted(java.util.Comparator.comparingLong(Pin::created).reversed())
                .forEach(p -> m.ws().message(c.id(), p.ts()).ifPresent(msg -> {
                    ObjectNode item = items.addObject();
                    item.put("type", "message").put("created", p.created()).put("created_by", p.createdBy())
                            .put("channel", c.id());
                    item.set("message", m.ws().json(msg));
                }));
        return body;
    }
}
