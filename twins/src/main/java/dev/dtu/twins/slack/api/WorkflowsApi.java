package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Conversation;
import java.util.ArrayList;
import java.util.List;

/**
 * workflows.featured.* (https://api.slack.com/methods/workflows.featured.add) and the Workflow Steps from Apps
 * methods retired on 2024-09-19 (workflows.updateStep, .stepCompleted, .stepFailed). The twin's workspace has no
 * workflow triggers, so a trigger id is never found.
 */
final class WorkflowsApi {
    private WorkflowsApi() {}

    static ObjectNode featuredList(MethodCall m) {
        ObjectNode body = MethodCall.body();
        var featured = body.putArray("featured_workflows");
        for (Conversation c : channels(m, m.args().require("channel_ids", "channel_not_found"))) {
            featured.addObject().put("channel_id", c.id()).putArray("triggers");
        }
        return body;
    }

    /** add, remove and set: the channel must exist, and each trigger id must name a trigger. */
    static ObjectNode featuredChange(MethodCall m) {
        channels(m, m.args().require("channel_id", "channel_not_found"));
        if (m.args().string("trigger_ids").isPresent()) {
            throw new SlackError("trigger_not_found");
        }
        return MethodCall.body();
    }

    static ObjectNode retired(MethodCall m) {
        throw new SlackError("method_deprecated");
    }

    private static List<Conversation> channels(MethodCall m, String ids) {
        List<Conversation> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            out.add(m.ws().visible(id.trim(), m.user()));
        }
        return out;
    }
}
