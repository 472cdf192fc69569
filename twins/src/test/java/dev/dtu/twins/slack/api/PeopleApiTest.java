package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.ConversationType;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** api.test, auth.test, team.info, bots.info and users.* through the official Java SDK. */
class PeopleApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        bot = slack.bot();
        user = slack.user();
    }

    @Test
    void apiTestEchoesArgumentsAndErrors() throws Exception {
        var ok = slack.sdk.methods().apiTest(r -> r.foo("bar"));
        assertTrue(ok.isOk());
        assertEquals("bar", ok.getArgs().getFoo());
        var failing = slack.sdk.methods().apiTest(r -> r.error("my_error"));
        assertFalse(failing.isOk());
        assertEquals("my_error", failing.getError());
    }

    @Test
    void authTestNamesTheBotAndTheTeam() throws Exception {
        var auth = bot.authTest(r -> r);
        assertTrue(auth.isOk(), auth.getError());
        assertEquals(slack.botUserId(), auth.getUserId());
        assertEquals(slack.slack.get("teamId").asText(), auth.getTeamId());
        assertEquals("Northwind Robotics", auth.getTeam());
        assertEquals("https://northwind.slack.com/", auth.getUrl());
        assertTrue(auth.getBotId().startsWith("B"));
        var asUser = user.authTest(r -> r);
        assertEquals(slack.userId("ada"), asUser.getUserId());
        assertNull(asUser.getBotId());

        var bots = user.botsInfo(r -> r.bot(auth.getBotId()));
        assertTrue(bots.isOk(), bots.getError());
        assertEquals(slack.botUserId(), bots.getBot().getUserId());
        assertEquals("bot_not_found", user.botsInfo(r -> r.bot("B999999999")).getError());

        var team = bot.teamInfo(r -> r);
        assertEquals("northwind", team.getTeam().getDomain());
    }

    @Test
    void usersInfoListAndLookup() throws Exception {
        var info = bot.usersInfo(r -> r.user(slack.userId("grace")));
        assertTrue(info.isOk(), info.getError());
        assertEquals("Grace Hopper", info.getUser().getRealName());
        assertEquals("America/New_York", info.getUser().getTz());
        assertEquals("grace.hopper@northwind.example", info.getUser().getProfile().getEmail());
        assertEquals("user_not_found", bot.usersInfo(r -> r.user("U999999999")).getError());

        var found = bot.usersLookupByEmail(r -> r.email("alan.turing@northwind.example"));
        assertEquals(slack.userId("alan"), found.getUser().getId());
        assertEquals("users_not_found", bot.usersLookupByEmail(r -> r.email("nobody@northwind.example")).getError());

        var all = bot.usersList(r -> r);
        assertTrue(all.isOk(), all.getError());
        assertTrue(all.getMembers().stream().anyMatch(u -> u.isBot() && u.getId().equals(slack.botUserId())));
        assertTrue(all.getMembers().stream().anyMatch(u -> u.getId().equals("USLACKBOT")));
        assertEquals(8, all.getMembers().size(), "six people, the app's bot and Slackbot");
    }

    @Test
    void slackbotAndTheAppsBotUserAreMembersLikeAnyOther() throws Exception {
        var listed = bot.usersList(r -> r).getMembers();
        var slackbot = bot.usersInfo(r -> r.user("USLACKBOT"));
        assertTrue(slackbot.isOk(), slackbot.getError());
        assertEquals("slackbot", slackbot.getUser().getName());
        assertEquals("Slackbot", slackbot.getUser().getRealName());
        assertFalse(slackbot.getUser().isBot(), "Slack reports Slackbot with is_bot false");
        assertFalse(slackbot.getUser().isDeleted());
        assertEquals(slack.slack.get("teamId").asText(), slackbot.getUser().getTeamId());
        var slackbotListed = listed.stream().filter(u -> u.getId().equals("USLACKBOT")).findFirst().orElseThrow();
        assertEquals("slackbot", slackbotListed.getName());
        assertFalse(slackbotListed.isBot());

        String botId = bot.authTest(r -> r).getBotId();
        var app = bot.usersInfo(r -> r.user(slack.botUserId()));
        assertTrue(app.isOk(), app.getError());
        assertTrue(app.getUser().isBot());
        assertEquals(botId, app.getUser().getProfile().getBotId());
        assertEquals(slack.botUserId(), bot.botsInfo(r -> r.bot(botId)).getBot().getUserId());
        var appListed = listed.stream().filter(u -> u.getId().equals(slack.botUserId())).findFirst().orElseThrow();
        assertEquals(app.getUser().getName(), appListed.getName());
        assertTrue(appListed.isBot());
    }

    @Test
    void usersConversationsListsWhereSomeoneIs() throws Exception {
        var margaret = user.usersConversations(r -> r.user(slack.userId("margaret"))
                .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL)));
        assertTrue(margaret.isOk(), margaret.getError());
        assertEquals(List.of("general", "support", "random", "leadership"),
                margaret.getChannels().stream().map(c -> c.getName()).toList());
    }
}
