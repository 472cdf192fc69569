package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Triggers;
import java.util.Set;

/**
 * dialog.open, the legacy dialogs (https://docs.slack.dev/reference/methods/dialog.open,
 * https://docs.slack.dev/legacy/legacy-dialogs): the dialog is checked, then its trigger_id is spent as views.open
 * spends one. The twin shows the dialog to nobody: a scenario cannot submit it (modals are the supported way).
 */
final class DialogApi {
    private static final Set<String> ELEMENT_TYPES = Set.of("text", "textarea", "select");

    private DialogApi() {}

    static ObjectNode open(MethodCall m) {
        String trigger = m.args().string("trigger_id").orElseThrow(() -> new SlackError("missing_trigger"));
        JsonNode dialog = m.args().json("dialog", "validation_errors");
        if (dialog == null) {
            throw new SlackError("missing_dialog");
        }
        check(dialog);
        try {
            new Triggers(m.ws()).exchange(trigger);
        } catch (SlackError e) {
            // dialog.open names the trigger errors its own way (invalid_trigger, trigger_exchanged, trigger_expired)
            throw new SlackError(switch (e.code()) {
                case "exchanged_trigger_id" -> "trigger_exchanged";
                case "expired_trigger_id" -> "trigger_expired";
                default -> "invalid_trigger";
            });
        }
        return MethodCall.body();
    }

    /**
     * The legacy dialog's rules: a title of up to 24 characters, a callback_id, 1 to 10 elements of type text, textarea
     * or select, each with a label and a name; submit_label, when given, one word of up to 24 characters.
     */
    private static void check(JsonNode d) {
        String title = d.path("title").asText("");
        boolean ok = d.isObject() && !title.isEmpty() && title.length() <= 24
                && !d.path("callback_id").asText("").isEmpty()
                && d.path("elements").isArray() && d.path("elements").size() >= 1 && d.path("elements").size() <= 10;
        String submit = d.path("submit_label").asText("");
        ok &= submit.isEmpty() || (submit.length() <= 24 && !submit.contains(" "));
        if (ok) {
            for (JsonNode e : d.path("elements")) {
                ok &= ELEMENT_TYPES.contains(e.path("type").asText()) && !e.path("label").asText("").isEmpty()
                        && !e.path("name").asText("").isEmpty();
            }
        }
        if (!ok) {
            throw new SlackError("validation_errors");
        }
    }
}
