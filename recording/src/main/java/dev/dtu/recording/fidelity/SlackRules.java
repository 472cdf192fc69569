package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack: ids are channel, user and message ts; avatars, colours and team-internal ids are volatile; a
 * message matches by its text; reads are the Web API's list, info, history, replies, members and test methods.
 */
final class SlackRules {
    private static final Pattern READ = Pattern.compile("^/api/[a-z]+\\.(list|info|history|replies|members|test)$");

    static final VendorRules RULES = VendorRules.forVendor(Vendor.SLACK)
            .ids("id", "ts", "thread_ts", "latest_reply", "user", "creator", "channel", "parent_user_id",
                    "bot_id", "app_id", "team", "team_id", "last_read")
            .volatiles("created", "updated", "date_create", "avatar_hash", "color", "client_msg_id", "event_ts",
                    "context_team_id", "enterprise_id", "shared_team_ids", "internal_team_ids", "image_24", "image_32",
                    "image_48", "image_72", "image_192", "image_512", "image_original", "status_emoji_display_info",
                    "last_set", "priority", "next_cursor", "x-slack-req-id")
            .keyedBy(SlackRules::naturalKey)
            // conversations.history lists messages newest first (its reference: latest first, paged back in time)
            .ordered("messages")
            .readsWhen((method, path) -> READ.matcher(path).matches());

    private SlackRules() {}

    private static Optional<String> naturalKey(JsonNode o) {
        if (o.has("ts") && o.has("text")) {
            return Optional.of("message=" + o.path("text").asText());
        }
        return VendorRules.first(o, "profile.email", "real_name", "profile.real_name", "name");
    }
}
