package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack: members from {@code users.list} become people, the app's bot becomes the app, channels from
 * {@code conversations.list} (members from {@code conversations.members}), history from
 * {@code conversations.history} and thread replies from {@code conversations.replies}, with their ts.
 */
public final class SlackInference implements SeedInference {
    private final Map<String, String> personOfUser = new HashMap<>();
    private String botUser;

    @Override
    public Vendor vendor() {
        return Vendor.SLACK;
    }

    @Override
    public void infer(List<Exchange> exchanges, SeedDraft draft) {
        ok(exchanges, "team.info").forEach(e -> draft.company(SeedInference.text(e.json().path("team").path("name")), null));
        ok(exchanges, "team.info").forEach(e -> team(e.json().path("team"), draft.section(vendor())));
        ok(exchanges, "users.list").forEach(e -> e.json().path("members").forEach(m -> member(m, draft)));
        Map<String, ObjectNode> channels = new LinkedHashMap<>();
        ok(exchanges, "conversations.list").forEach(e -> e.json().path("channels").forEach(c -> {
            if (!draft.createdDuringRecording(vendor(), c.path("id").asText(null))) {
                channel(c, channels);
            }
        }));
        ok(exchanges, "conversations.members").forEach(e -> members(e, channels, draft));
        Map<String, Map<String, JsonNode>> history = new HashMap<>();
        ok(exchanges, "conversations.history").forEach(e -> collect(e, history, draft));
        ok(exchanges, "conversations.replies").forEach(e -> collect(e, history, draft));
        if (!channels.isEmpty()) {
            ArrayNode list = draft.section(vendor()).putArray("channels");
            channels.forEach((id, c) -> list.add(withHistory(c, history.getOrDefault(id, Map.of()), draft)));
        }
    }

    private static List<Exchange> ok(List<Exchange> exchanges, String method) {
        return SeedInference.answers(exchanges, p -> p.equals("/api/" + method)).stream()
                .filter(e -> e.json().path("ok").asBoolean(false)).toList();
    }

    private static void team(JsonNode team, ObjectNode section) {
        ObjectNode t = section.putObject("team");
        if (SeedInference.text(team.path("name")) != null) {
            t.put("name", team.path("name").asText());
        }
        String domain = SeedInference.text(team.path("domain"));
        if (domain != null && domain.matches("^[a-z0-9][a-z0-9-]{0,20}$")) {
            t.put("domain", domain);
        }
    }

    private void member(JsonNode m, SeedDraft draft) {
        String id = m.path("id").asText();
        if (id.equals("USLACKBOT")) {
            return;
        }
        JsonNode profile = m.path("profile");
        if (m.path("is_bot").asBoolean(false)) {
            if (botUser == null) {
                botUser = id;
                String name = SeedInference.text(profile.path("real_name"));
                draft.section(vendor()).putObject("app").put("name", name != null ? name : m.path("name").asText("Recorded app"));
            }
            return;
        }
        String name = first(profile.path("real_name"), m.path("real_name"), m.path("name"));
        PersonDraft p = draft.people().person(SeedInference.text(profile.path("email")), name)
                .title(SeedInference.text(profile.path("title"))).timezone(SeedInference.text(m.path("tz")))
                .active(!m.path("deleted").asBoolean(false));
        if (m.path("is_admin").asBoolean(false) && !draft.recorded(Vendor.OKTA)) {
            p.groups.add("admins");
        }
        personOfUser.put(id, p.id());
    }

    private static void channel(JsonNode c, Map<String, ObjectNode> channels) {
        if (!c.path("is_channel").asBoolean(true) && !c.path("is_group").asBoolean(false)) {
            return;
        }
        ObjectNode out = dev.dtu.server.http.Json.object().put("name", c.path("name").asText());
        flag(out, "private", c.path("is_private"));
        flag(out, "general", c.path("is_general"));
        flag(out, "archived", c.path("is_archived"));
        String topic = SeedInference.text(c.path("topic").path("value"));
        String purpose = SeedInference.text(c.path("purpose").path("value"));
        if (topic != null) {
            out.put("topic", topic);
        }
        if (purpose != null) {
            out.put("purpose", purpose);
        }
        channels.putIfAbsent(c.path("id").asText(), out);
    }

    private void members(Exchange e, Map<String, ObjectNode> channels, SeedDraft draft) {
        ObjectNode c = e.queryParam("channel").map(channels::get).orElse(null);
        if (c == null) {
            return;
        }
        ArrayNode refs = c.has("members") ? (ArrayNode) c.get("members") : c.putArray("members");
        e.json().path("members").forEach(u -> ref(u.asText()).ifPresent(r -> {
            if (!contains(refs, r)) {
                refs.add(r);
            }
        }));
    }

    private void collect(Exchange e, Map<String, Map<String, JsonNode>> history, SeedDraft draft) {
        e.queryParam("channel").ifPresent(ch -> e.json().path("messages").forEach(m -> {
            if (!draft.createdDuringRecording(vendor(), m.path("ts").asText(null))) {
                history.computeIfAbsent(ch, k -> new HashMap<>()).putIfAbsent(m.path("ts").asText(), m);
            }
        }));
    }

    /**
     * The twin's seed wants each message later than the one before, replies right after their parent; a
     * reply that was posted after a later top-level message cannot be placed and is noted instead.
     */
    private ObjectNode withHistory(ObjectNode channel, Map<String, JsonNode> byTs, SeedDraft draft) {
        if (!channel.has("members")) {
            ArrayNode all = channel.putArray("members");
            personOfUser.values().stream().distinct().forEach(all::add);
            all.add("bot");
        }
        List<JsonNode> top = byTs.values().stream().filter(m -> isTopLevel(m)).sorted(byTsOrder()).toList();
        ArrayNode messages = dev.dtu.server.http.Json.array();
        for (int i = 0; i < top.size(); i++) {
            JsonNode m = top.get(i);
            String next = i + 1 < top.size() ? top.get(i + 1).path("ts").asText() : null;
            message(m, draft).ifPresent(out -> {
                replies(m, byTs, next, draft, channel.path("name").asText()).ifPresent(r -> out.set("replies", r));
                messages.add(out);
            });
        }
        if (!messages.isEmpty()) {
            channel.set("messages", messages);
        }
        return channel;
    }

    private java.util.Optional<ArrayNode> replies(JsonNode parent, Map<String, JsonNode> byTs, String nextTs,
            SeedDraft draft, String channel) {
        String ts = parent.path("ts").asText();
        List<JsonNode> replies = byTs.values().stream().filter(r -> ts.equals(r.path("thread_ts").asText())
                && !ts.equals(r.path("ts").asText())).sorted(byTsOrder()).toList();
        ArrayNode out = dev.dtu.server.http.Json.array();
        for (JsonNode r : replies) {
            if (nextTs != null && new BigDecimal(r.path("ts").asText()).compareTo(new BigDecimal(nextTs)) >= 0) {
                draft.note("slack: reply " + r.path("ts").asText() + " in #" + channel
                        + " came after a later message; the seed format cannot place it");
                continue;
            }
            message(r, draft).ifPresent(out::add);
        }
        return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(out);
    }

    private java.util.Optional<ObjectNode> message(JsonNode m, SeedDraft draft) {
        String subtype = m.path("subtype").asText("");
        java.util.Optional<String> from = m.hasNonNull("bot_id") && botUser != null
                ? java.util.Optional.of("bot") : ref(m.path("user").asText());
        if ((!subtype.isEmpty() && !subtype.equals("bot_message") && !subtype.equals("thread_broadcast")) || from.isEmpty()) {
            draft.note("slack: message " + m.path("ts").asText() + " (" + (subtype.isEmpty() ? "from an unknown user" : subtype)
                    + ") is not seeded");
            return java.util.Optional.empty();
        }
        ObjectNode out = dev.dtu.server.http.Json.object().put("from", from.get());
        out.put("ts", m.path("ts").asText());
        out.put("text", m.path("text").asText(""));
        copy(m, out, "blocks");
        copy(m, out, "attachments");
        ArrayNode reactions = dev.dtu.server.http.Json.array();
        m.path("reactions").forEach(r -> {
            ArrayNode users = dev.dtu.server.http.Json.array();
            r.path("users").forEach(u -> ref(u.asText()).ifPresent(users::add));
            if (!users.isEmpty()) {
                ObjectNode reaction = reactions.addObject().put("name", r.path("name").asText());
                reaction.set("users", users);
            }
        });
        if (!reactions.isEmpty()) {
            out.set("reactions", reactions);
        }
        return java.util.Optional.of(out);
    }

    private java.util.Optional<String> ref(String userId) {
        if (userId.equals(botUser)) {
            return java.util.Optional.of("bot");
        }
        return java.util.Optional.ofNullable(personOfUser.get(userId));
    }

    private static boolean isTopLevel(JsonNode m) {
        return !m.hasNonNull("thread_ts") || m.path("thread_ts").asText().equals(m.path("ts").asText());
    }

    private static Comparator<JsonNode> byTsOrder() {
        return Comparator.comparing(m -> new BigDecimal(m.path("ts").asText("0")));
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.path(field).isArray() && !from.path(field).isEmpty()) {
            to.set(field, from.get(field));
        }
    }

    private static void flag(ObjectNode out, String name, JsonNode value) {
        if (value.asBoolean(false)) {
            out.put(name, true);
        }
    }

    private static boolean contains(ArrayNode a, String v) {
        for (JsonNode n : a) {
            if (n.asText().equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static String first(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (SeedInference.text(n) != null) {
                return n.asText();
            }
        }
        return null;
    }
}
