package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.Optional;
import java.util.Set;

/** Slack: ids are channel, user and message ts; avatars, colours and team-internal ids are volatile. */
final class SlackRules implements VendorRules {
    @Override
    public Vendor vendor() {
        return Vendor.SLACK;
    }

    @Override
    public Set<String> idFields() {
        return Set.of("id", "ts", "thread_ts", "latest_reply", "user", "creator", "channel", "parent_user_id",
                "bot_id", "app_id", "team", "team_id", "last_read");
    }

    @Override
    public Set<String> volatileFields() {
        return Set.of("created", "updated", "date_create", "avatar_hash", "color", "client_msg_id", "event_ts",
                "context_team_id", "enterprise_id", "shared_team_ids", "internal_team_ids", "image_24", "image_32",
                "image_48", "image_72", "image_192", "image_512", "image_original", "status_emoji_display_info",
                "last_set", "priority", "next_cursor", "x-slack-req-id");
    }

    @Override
    public Optional<String> naturalKey(JsonNode o) {
        if (o.has("ts") && o.has("text")) {
            return Optional.of("message=" + o.path("text").asText());
        }
        return VendorRules.first(o, "profile.email", "real_name", "profile.real_name", "name");
    }

    @Override
    public boolean isRead(String method, String path) {
        return path.matches("^/api/[a-z]+\\.(list|info|history|replies|members|test)$");
    }
}
