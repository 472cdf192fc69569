package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackJson;
import dev.dtu.twins.slack.model.User;
import java.util.Map;
import java.util.Set;

/**
 * users.profile.get/.set, users.getPresence/.setPresence, users.setPhoto/.deletePhoto
 * (https://api.slack.com/methods/users.profile.set). What a member sets is kept beside the member and shown by
 * users.info and users.list too.
 */
final class ProfilesApi {
    /** The profile fields a member may set (https://api.slack.com/methods/users.profile.set#arg_profile). */
    private static final Set<String> EDITABLE = Set.of("first_name", "last_name", "real_name", "display_name", "title",
            "phone", "skype", "pronouns", "status_text", "status_emoji", "status_expiration", "email");

    private ProfilesApi() {}

    static ObjectNode get(MethodCall m) {
        User user = m.args().string("user").map(m.ws()::requireUser).orElse(m.caller().user());
        ObjectNode body = MethodCall.body();
        body.set("profile", profile(m, user));
        return body;
    }

    static ObjectNode set(MethodCall m) {
        if (m.caller().isBot()) {
            throw new SlackError("not_allowed_token_type");
        }
        String userId = m.args().string("user").orElse(m.user());
        if (!userId.equals(m.user()) && !m.caller().user().isAdmin()) {
            throw new SlackError("cannot_update_admin_user");
        }
        User user = m.ws().requireUser(userId);
        ObjectNode changes = changes(m);
        Records prefs = DndApi.prefs(m);
        ObjectNode mine = prefs.get(user.id()).orElseGet(MethodCall::body);
        mine.withObjectProperty("profile").setAll(changes);
        prefs.put(user.id(), mine);
        ObjectNode body = MethodCall.body();
        body.set("profile", profile(m, user));
        return body;
    }

    /** {@code profile} as a JSON object (or its JSON text), or one {@code name} with its {@code value}. */
    private static ObjectNode changes(MethodCall m) {
        ObjectNode changes = MethodCall.body();
        JsonNode profile = m.args().all().get("profile");
        if (profile != null && !profile.isNull() && !(profile.isTextual() && profile.asText().isEmpty())) {
            JsonNode parsed = profile;
            if (profile.isTextual()) {
                try {
                    parsed = dev.dtu.server.http.Json.parse(profile.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (dev.dtu.server.http.Json.MalformedJsonException e) {
                    throw new SlackError("invalid_profile");
                }
            }
            if (!parsed.isObject()) {
                throw new SlackError("invalid_profile");
            }
            for (Map.Entry<String, JsonNode> f : parsed.properties()) {
                if (EDITABLE.contains(f.getKey()) && f.getValue().isValueNode()) {
                    changes.set(f.getKey(), f.getValue());
                }
            }
            return changes;
        }
        String name = m.args().string("name").orElseThrow(() -> new SlackError("invalid_profile"));
        if (!EDITABLE.contains(name)) {
            throw new SlackError("invalid_profile");
        }
        changes.put(name, m.args().string("value").orElse(""));
        return changes;
    }

    static ObjectNode getPresence(MethodCall m) {
        String userId = m.args().string("user").orElse(m.user());
        User user = m.ws().requireUser(userId);
        boolean away = DndApi.prefs(m).get(user.id()).map(p -> "away".equals(p.path("presence").asText())).orElse(false);
        ObjectNode body = MethodCall.body().put("presence", away ? "away" : "active");
        if (user.id().equals(m.user())) {
            body.put("online", !away).put("auto_away", false).put("manual_away", away).put("connection_count", away ? 0 : 1)
                    .put("last_activity", m.ws().nowSeconds());
        }
        return body;
    }

    static ObjectNode setPresence(MethodCall m) {
        String presence = m.args().require("presence", "invalid_presence");
        if (!presence.equals("auto") && !presence.equals("away")) {
            throw new SlackError("invalid_presence");
        }
        Records prefs = DndApi.prefs(m);
        ObjectNode mine = prefs.get(m.user()).orElseGet(MethodCall::body);
        mine.put("presence", presence);
        prefs.put(m.user(), mine);
        return MethodCall.body();
    }

    /** The image arrives as a multipart file; the twin keeps only that the member has their own photo. */
    /** A person's own photo: bot tokens are not_allowed_token_type before any scope (users_Test#usersScenarios_bot). */
    private static void person(MethodCall m) {
        if (m.caller().isBot()) {
            throw new SlackError("not_allowed_token_type");
        }
        m.caller().require("users.profile:write");
    }

    static ObjectNode setPhoto(MethodCall m) {
        person(m);
        if (m.args().string("image").isEmpty()) {
            throw new SlackError("invalid_image");
        }
        return photo(m, true);
    }

    static ObjectNode deletePhoto(MethodCall m) {
        person(m);
        photo(m, false);
        return MethodCall.body();
    }

    private static ObjectNode photo(MethodCall m, boolean custom) {
        Records prefs = DndApi.prefs(m);
        ObjectNode mine = prefs.get(m.user()).orElseGet(MethodCall::body);
        mine.put("custom_photo", custom);
        prefs.put(m.user(), mine);
        ObjectNode body = MethodCall.body();
        if (custom) {
            ObjectNode profile = profile(m, m.caller().user());
            ObjectNode images = body.putObject("profile");
            profile.properties().forEach(f -> {
                if (f.getKey().startsWith("image_")) {
                    images.set(f.getKey(), f.getValue());
                }
            });
            images.put("avatar_hash", profile.path("avatar_hash").asText());
        }
        return body;
    }

    /** A member's profile as users.info shows it, with what they set. */
    static ObjectNode profile(MethodCall m, User user) {
        ObjectNode json = SlackJson.user(user, m.caller().token().has("users:read.email"), m.ws().now());
        return overlay(m, user, json).withObjectProperty("profile").deepCopy();
    }

    /** Adds what a member set (users.profile.set) to their users.info JSON. */
    static ObjectNode overlay(MethodCall m, User user, ObjectNode userJson) {
        DndApi.prefs(m).get(user.id()).map(p -> p.path("profile")).filter(JsonNode::isObject).ifPresent(p -> {
            ObjectNode profile = userJson.withObjectProperty("profile");
            p.properties().forEach(f -> profile.set(f.getKey(), f.getValue()));
            if (p.has("real_name")) {
                userJson.set("real_name", p.get("real_name"));
            }
        });
        return userJson;
    }
}
