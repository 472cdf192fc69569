package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.Person;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the seed's {@code slack} section (already checked against {@code $defs.slack}) as state: the
 * team from the company, a member per person, the app's bot, channels with members and messages, tokens.
 * Seeded messages without a ts are a minute apart from {@link #EPOCH}, so seeding is deterministic.
 */
public final class SlackSeed {
    /** 2024-11-24T22:40:00Z: when seeded history starts. */
    public static final long EPOCH = 1_732_488_000L;
    public static final String BOT_REF = "bot";

    private final SeedDocument seed;
    private final JsonNode section;
    private final Tx tx;
    private final Map<String, String> userIds = new HashMap<>();
    private AppConfig app;

    private SlackSeed(SeedDocument seed, Tx tx) {
        this.seed = seed;
        this.section = seed.section("slack");
        this.tx = tx;
    }

    public static void write(SeedDocument seed, Tx tx) {
        new SlackSeed(seed, tx).write();
    }

    private void write() {
        Team team = team();
        tx.put(SlackKinds.TEAM, team.id(), team);
        tx.put(SlackKinds.USERS, "USLACKBOT", new User("USLACKBOT", team.id(), "slackbot", "Slackbot", "Slackbot",
                null, "", "America/Los_Angeles", false, null, false, false, false, null, EPOCH));
        for (Person p : seed.people()) {
            person(team, p);
        }
        app(team);
        JsonNode channels = section.path("channels");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            channel(team, channels.get(i), "slack.channels[" + i + "]", names);
        }
        tokens();
        IncomingWebhooks.seed(section.path("app").path("incomingWebhooks"), tx);
        RemoteFiles.seed(section.path("app").path("remoteFiles"), tx, app.botUserId(), team.id());
        Installs.seed(section.path("app").path("oauth"), tx, team, app);
    }

    private Team team() {
        JsonNode t = section.path("team");
        String company = seed.company().domain();
        String domain = t.path("domain").asText(company.substring(0, company.indexOf('.')));
        return new Team(Ids.next(tx, "T"), t.path("name").asText(seed.company().name()), domain, company);
    }

    private void person(Team team, Person p) {
        String id = Ids.next(tx, "U");
        userIds.put(p.id(), id);
        boolean admin = p.groups().contains("admins");
        String handle = p.email().substring(0, p.email().indexOf('@')).toLowerCase(Locale.ROOT);
        tx.put(SlackKinds.USERS, id, new User(id, team.id(), handle, p.name(), p.name(), p.email(), p.title(),
                p.timezone(), false, null, admin, admin && userIds.size() == 1, !p.isActive(), p.id(), EPOCH));
    }

    private void app(Team team) {
        JsonNode a = section.path("app");
        String name = a.path("name").asText("DTU App");
        String appId = Ids.next(tx, "A");
        String botId = Ids.next(tx, "B");
        String botUser = Ids.next(tx, "U");
        String handle = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        tx.put(SlackKinds.USERS, botUser, new User(botUser, team.id(), handle, name, name, null, "", "America/Los_Angeles",
                true, botId, false, false, false, null, EPOCH));
        tx.put(SlackKinds.BOTS, botId, new Bot(botId, appId, botUser, name, false, EPOCH));
        Map<String, String> commands = new HashMap<>();
        a.path("slashCommands").fields().forEachRemaining(f -> commands.put(f.getKey(), text(f.getValue())));
        app = new AppConfig(appId, name, botId, botUser, text(a.path("eventRequestUrl")), commands,
                text(a.path("interactivityUrl")), a.path("socketMode").asBoolean(false));
        tx.put(SlackKinds.APP, AppConfig.ID, app);
        userIds.put(BOT_REF, botUser);
    }

    private void channel(Team team, JsonNode c, String path, Set<String> names) {
        String name = c.path("name").asText();
        try {
            ChannelNames.check(name);
        } catch (RuntimeException e) {
            throw new SeedException(path + ".name", "not a valid Slack channel name: " + e.getMessage());
        }
        if (!names.add(name)) {
            throw new SeedException(path + ".name", "duplicate channel name '" + name + "'");
        }
        List<String> members = members(c.path("members"), path + ".members");
        String creator = members.isEmpty() ? userIds.get(BOT_REF) : members.get(0);
        boolean isPrivate = c.path("private").asBoolean(false);
        String id = Ids.next(tx, "C");
        Topic topic = new Topic(c.path("topic").asText(""), creator, c.has("topic") ? EPOCH : 0);
        Topic purpose = new Topic(c.path("purpose").asText(""), creator, c.has("purpose") ? EPOCH : 0);
        Conversation conv = new Conversation(id, name,
                isPrivate ? ConversationType.PRIVATE_CHANNEL : ConversationType.PUBLIC_CHANNEL, creator, EPOCH,
                c.path("archived").asBoolean(false), c.path("general").asBoolean(false), topic, purpose, members,
                null, null, List.of(), EPOCH);
        tx.put(SlackKinds.CONVERSATIONS, id, conv);
        messages(conv, c.path("messages"), path + ".messages");
    }

    private List<String> members(JsonNode refs, String path) {
        if (refs.isTextual() && refs.asText().equals("everyone")) {
            List<String> all = new ArrayList<>();
            seed.people().stream().filter(Person::isActive).forEach(p -> all.add(userIds.get(p.id())));
            return all;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String id = user(refs.get(i).asText(), path + "[" + i + "]");
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private String user(String ref, String path) {
        String id = userIds.get(ref);
        if (id == null) {
            throw new SeedException(path, "unknown person '" + ref + "' (use a person id or '" + BOT_REF + "')");
        }
        return id;
    }

    private void messages(Conversation conv, JsonNode list, String path) {
        Conversation c = conv;
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String at = path + "[" + i + "]";
            Message parent = message(c, m, at, null);
            c = c.withLastTs(parent.ts());
            JsonNode replies = m.path("replies");
            for (int r = 0; r < replies.size(); r++) {
                Message reply = message(c, replies.get(r), at + ".replies[" + r + "]", parent);
                parent = parent.withReply(reply.ts(), reply.user());
                c = c.withLastTs(reply.ts());
            }
            tx.put(SlackKinds.MESSAGES, parent.key(), parent);
        }
        tx.put(SlackKinds.CONVERSATIONS, c.id(), c);
    }

    private Message message(Conversation c, JsonNode m, String path, Message parent) {
        String user = user(m.path("from").asText(), path + ".from");
        String ts = m.has("ts") ? Ts.canonical(m.path("ts").asText()).orElseThrow(() ->
                new SeedException(path + ".ts", "not a Slack ts (like 1732488000.000100)")) : Ts.next(c.lastTs(),
                java.time.Instant.ofEpochSecond(EPOCH + 60L * (tx.next("slack.seed.minute") - 1)));
        if (c.lastTs() != null && Ts.parse(ts).orElseThrow() <= Ts.parse(c.lastTs()).orElseThrow()) {
            throw new SeedException(path + ".ts", "must be later than the message before it");
        }
        boolean bot = user.equals(app.botUserId());
        List<Reaction> reactions = new ArrayList<>();
        JsonNode rs = m.path("reactions");
        for (int i = 0; i < rs.size(); i++) {
            reactions.add(new Reaction(rs.get(i).path("name").asText(),
                    members(rs.get(i).path("users"), path + ".reactions[" + i + "].users")));
        }
        Message msg = new Message(c.id(), ts, user, bot ? app.botId() : null, bot ? app.appId() : null, null,
                m.path("text").asText(""), nullable(m.get("blocks")), nullable(m.get("attachments")),
                parent == null ? null : parent.ts(), 0, List.of(), null, null, reactions);
        tx.put(SlackKinds.MESSAGES, msg.key(), msg);
        return msg;
    }

    private void tokens() {
        JsonNode t = section.path("tokens");
        JsonNode bot = t.path("bot");
        tx.put(SlackKinds.TOKENS, BOT_REF, new Token(BOT_REF, "bot", app.botUserId(), app.botId(),
                scopes(bot.path("scopes"), Scopes.BOT_DEFAULT), bot.path("revoked").asBoolean(false)));
        JsonNode users = t.path("users");
        if (users.isMissingNode() && !seed.people().isEmpty()) {
            userToken(seed.people().get(0).id(), Scopes.USER_DEFAULT, false, "slack.people[0]");
        }
        for (int i = 0; i < users.size(); i++) {
            JsonNode u = users.get(i);
            userToken(u.path("person").asText(), scopes(u.path("scopes"), Scopes.USER_DEFAULT),
                    u.path("revoked").asBoolean(false), "slack.tokens.users[" + i + "].person");
        }
    }

    private void userToken(String person, List<String> scopes, boolean revoked, String path) {
        String id = user(person, path);
        String name = "user:" + id;
        tx.put(SlackKinds.TOKENS, name, new Token(name, "user", id, null, scopes, revoked));
    }

    private static List<String> scopes(JsonNode node, List<String> defaults) {
        if (node.isMissingNode()) {
            return defaults;
        }
        List<String> out = new ArrayList<>();
        node.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static JsonNode nullable(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
