package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Ids;
import dev.dtu.twins.slack.model.Records;
import dev.dtu.twins.slack.model.SlackKinds;
import java.nio.charset.StandardCharsets;

/**
 * calls.add/.info/.update/.end and calls.participants.add/.remove (https://docs.slack.dev/apis/calls): Calls an
 * app registers for its own call service, shown in messages by a {@code call} block (see
 * {@link dev.dtu.twins.slack.model.CallBlocks}). Participants are Slack members ({@code slack_id}) or
 * external people ({@code external_id}, {@code display_name}, {@code avatar_url}).
 */
final class CallsApi {
    private CallsApi() {}

    static ObjectNode add(MethodCall m) {
        String uniqueId = required(m, "external_unique_id");
        String joinUrl = required(m, "join_url");
        Records calls = calls(m);
        ObjectNode call = Json.object();
        String id = Ids.next(m.ws().tx(), "R");
        long start = m.args().integer("date_start").orElse(m.ws().nowSeconds());
        call.put("id", id).put("date_start", start).put("external_unique_id", uniqueId).put("join_url", joinUrl);
        m.args().string("desktop_app_join_url").ifPresent(u -> call.put("desktop_app_join_url", u));
        m.args().string("external_display_id").ifPresent(d -> call.put("external_display_id", d));
        m.args().string("title").ifPresent(t -> call.put("title", t));
        // created_by defaults to the token's member (the docs ask bots for it, but Slack takes a call without it)
        String createdBy = m.args().string("created_by").orElse(m.user());
        m.ws().user(createdBy).orElseThrow(() -> new SlackError("user_not_found"));
        call.put("created_by", createdBy).put("app_id", m.ws().app().appId());
        ArrayNode users = call.putArray("users");
        JsonNode given = users(m, false);
        if (given != null) {
            for (JsonNode u : given) {
                users.add(participant(m, u));
            }
        }
        calls.put(id, call);
        return answer(call);
    }

    static ObjectNode info(MethodCall m) {
        return answer(call(m, calls(m)));
    }

    static ObjectNode update(MethodCall m) {
        Records calls = calls(m);
        ObjectNode call = call(m, calls);
        boolean changed = false;
        for (String field : new String[] {"join_url", "desktop_app_join_url", "title"}) {
            var value = m.args().string(field);
            if (value.isPresent()) {
                call.put(field, value.get());
                changed = true;
            }
        }
        if (!changed) { // nothing to update is an error at Slack too (its SDK's test expects one); wording ours
            throw new SlackError.InvalidArguments("one of join_url, desktop_app_join_url or title is required");
        }
        calls.put(call.path("id").asText(), call);
        return answer(call);
    }

    static ObjectNode end(MethodCall m) {
        Records calls = calls(m);
        ObjectNode call = call(m, calls);
        if (call.has("date_end")) {
            throw new SlackError("inactive_call");
        }
        long duration = m.args().integer("duration").orElse(m.ws().nowSeconds() - call.path("date_start").asLong());
        if (duration < 0) {
            throw new SlackError.InvalidArguments("must be a positive integer [json-pointer:/duration]");
        }
        call.put("duration", duration).put("date_end", call.path("date_start").asLong() + duration);
        calls.put(call.path("id").asText(), call);
        return MethodCall.body();
    }

    static ObjectNode participantsAdd(MethodCall m) {
        Records calls = calls(m);
        ObjectNode call = active(m, calls);
        ArrayNode users = call.withArrayProperty("users");
        for (JsonNode u : users(m, true)) {
            ObjectNode p = participant(m, u);
            if (indexOf(users, p) >= 0) {
                throw new SlackError("bad_users");
            }
            users.add(p);
        }
        calls.put(call.path("id").asText(), call);
        return MethodCall.body();
    }

    static ObjectNode participantsRemove(MethodCall m) {
        Records calls = calls(m);
        ObjectNode call = active(m, calls);
        ArrayNode users = call.withArrayProperty("users");
        for (JsonNode u : users(m, true)) {
            int i = indexOf(users, participant(m, u));
            if (i >= 0) {
                users.remove(i);
            }
        }
        calls.put(call.path("id").asText(), call);
        return MethodCall.body();
    }

    /** A member is named by slack_id, which must be a member; anyone else by external_id (with a name). */
    private static ObjectNode participant(MethodCall m, JsonNode u) {
        ObjectNode p = Json.object();
        if (u.path("slack_id").isTextual()) {
            String id = u.path("slack_id").asText();
            m.ws().user(id).orElseThrow(() -> new SlackError("user_not_found"));
            return p.put("slack_id", id);
        }
        if (!u.path("external_id").isTextual()) {
            throw new SlackError.InvalidArguments("each user needs slack_id or external_id [json-pointer:/users]");
        }
        p.put("external_id", u.path("external_id").asText());
        for (String field : new String[] {"display_name", "avatar_url"}) {
            if (u.path(field).isTextual()) {
                p.put(field, u.path(field).asText());
            }
        }
        return p;
    }

    private static int indexOf(ArrayNode users, ObjectNode p) {
        String key = p.has("slack_id") ? "slack_id" : "external_id";
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).path(key).asText().equals(p.path(key).asText()) && users.get(i).has(key)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code users}: a JSON array of participants, as a JSON string in forms. */
    private static JsonNode users(MethodCall m, boolean required) {
        JsonNode v = m.args().all().get("users");
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            if (required) {
                throw new SlackError("missing_argument");
            }
            return null;
        }
        JsonNode parsed = v;
        if (v.isTextual()) {
            try {
                parsed = Json.parse(v.asText().getBytes(StandardCharsets.UTF_8));
            } catch (Json.MalformedJsonException e) {
                throw new SlackError.InvalidArguments("invalid JSON [json-pointer:/users]");
            }
        }
        if (!parsed.isArray()) {
            throw new SlackError.InvalidArguments("expected array [json-pointer:/users]");
        }
        return parsed;
    }

    private static ObjectNode active(MethodCall m, Records calls) {
        ObjectNode call = call(m, calls);
        if (call.has("date_end")) {
            throw new SlackError("inactive_call");
        }
        return call;
    }

    private static ObjectNode call(MethodCall m, Records calls) {
        String id = m.args().string("id").orElseThrow(() -> new SlackError("missing_argument"));
        return calls.require(id, "invalid_call_id");
    }

    private static String required(MethodCall m, String name) {
        return m.args().string(name).orElseThrow(
                () -> new SlackError.InvalidArguments("missing required field: " + name));
    }

    private static Records calls(MethodCall m) {
        return new Records(m.ws(), SlackKinds.CALLS);
    }

    private static ObjectNode answer(ObjectNode call) {
        ObjectNode body = MethodCall.body();
        ObjectNode shown = call.deepCopy();
        shown.remove("created_by");
        shown.remove("app_id");
        body.set("call", shown);
        return body;
    }
}
