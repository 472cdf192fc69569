package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Triggers;
import dev.dtu.twins.slack.model.ViewPayload;
import dev.dtu.twins.slack.model.Views;

/**
 * views.open, views.push, views.update, views.publish (https://api.slack.com/methods/views.open): modals opened with
 * a fresh trigger_id and App Homes published per person. The view is checked before the trigger is spent.
 */
final class ViewsApi {
    private ViewsApi() {}

    static ObjectNode open(MethodCall m) {
        ObjectNode input = ViewPayload.parse(m.args().all().get("view"));
        return answer(new Views(m.ws()).open(trigger(m), input));
    }

    static ObjectNode push(MethodCall m) {
        ObjectNode input = ViewPayload.parse(m.args().all().get("view"));
        return answer(new Views(m.ws()).push(trigger(m), input));
    }

    static ObjectNode update(MethodCall m) {
        ObjectNode input = ViewPayload.parse(m.args().all().get("view"));
        var viewId = m.args().string("view_id");
        var externalId = m.args().string("external_id");
        if (viewId.isEmpty() && externalId.isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: view_id");
        }
        return answer(new Views(m.ws()).update(viewId, externalId, m.args().string("hash"), input));
    }

    static ObjectNode publish(MethodCall m) {
        String user = m.args().string("user_id")
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: user_id"));
        ObjectNode input = ViewPayload.parse(m.args().all().get("view"));
        m.ws().requireUser(user);
        return answer(new Views(m.ws()).publish(user, m.args().string("hash"), input));
    }

    /** The trigger_id (or interactivity_pointer, which Slack takes the same way), spent. */
    private static Triggers.Trigger trigger(MethodCall m) {
        String id = m.args().string("trigger_id").or(() -> m.args().string("interactivity_pointer"))
                .orElseThrow(() -> new SlackError.InvalidArguments("missing required field: trigger_id"));
        return new Triggers(m.ws()).exchange(id);
    }

    private static ObjectNode answer(ObjectNode view) {
        ObjectNode body = MethodCall.body();
        body.set("view", view);
        return body;
    }
}
