package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules an app manifest is checked by (https://docs.slack.dev/reference/app-manifest), each failure answered as
 * Slack does: invalid_manifest with {@code errors} of a message and a JSON pointer. The function rule is the one
 * Slack's own SDK test shows (apps_manifest_Test#automationPlatform): functions need the function_executed event.
 */
final class ManifestRules {
    private static final Set<String> RUNTIMES = Set.of("remote", "slack");

    private ManifestRules() {}

    static void check(JsonNode manifest) {
        List<SlackError.Pointed> errors = new ArrayList<>();
        if (!manifest.isObject()) {
            throw invalid("", "manifest must be an object");
        }
        String name = manifest.at("/display_information/name").asText("");
        if (name.isBlank()) {
            errors.add(new SlackError.Pointed("/display_information/name", "is required"));
        } else if (name.length() > 35) {
            errors.add(new SlackError.Pointed("/display_information/name", "must be at most 35 characters"));
        }
        JsonNode bot = manifest.at("/features/bot_user");
        if (!bot.isMissingNode() && bot.path("display_name").asText("").isBlank()) {
            errors.add(new SlackError.Pointed("/features/bot_user/display_name", "is required"));
        }
        JsonNode scopes = manifest.at("/oauth_config/scopes/bot");
        if (!scopes.isMissingNode() && !scopes.isArray()) {
            errors.add(new SlackError.Pointed("/oauth_config/scopes/bot", "must be an array"));
        }
        JsonNode runtime = manifest.at("/settings/function_runtime");
        if (!runtime.isMissingNode() && !RUNTIMES.contains(runtime.asText())) {
            errors.add(new SlackError.Pointed("/settings/function_runtime", "must be remote or slack"));
        }
        if (manifest.path("functions").isObject() && !manifest.path("functions").isEmpty()) {
            boolean subscribed = false;
            for (JsonNode e : manifest.at("/settings/event_subscriptions/bot_events")) {
                subscribed |= e.asText().equals("function_executed");
            }
            if (!subscribed) {
                errors.add(new SlackError.Pointed("/settings/event_subscriptions/bot_events",
                        "functions need the function_executed event"));
            }
            if (runtime.isMissingNode()) {
                errors.add(new SlackError.Pointed("/settings/function_runtime", "is required with functions"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SlackError.InvalidManifest(errors);
        }
    }

    static SlackError invalid(String pointer, String message) {
        return new SlackError.InvalidManifest(List.of(new SlackError.Pointed(pointer, message)));
    }
}
