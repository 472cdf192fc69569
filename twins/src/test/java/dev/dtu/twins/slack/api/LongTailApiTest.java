package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatUnfurlRequest;
import com.slack.api.model.User;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The long tail of the Web API (issue 18, capability 6) through the official Java SDK: usergroups, search, team
 * and emoji, Do Not Disturb, profiles and presence, bookmarks, /me messages, unfurls, marks, reactions.list,
 * and the retired methods.
 */
class LongTailApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.initech("""
                channels:
                  - {name: general, members: everyone}
                  - {name: tps-reports, members: [peter, milton, bot]}
                tokens:
                  bot:
                    scopes: [remote_files:read, remote_files:write, remote_files:share,
                             bookmarks:read, bookmarks:write, channels:read, channels:history, chat:write,
                             dnd:read, emoji:read, links:write, usergroups:read, users:read]
                  users:
                    - person: peter
                      scopes: [admin, bookmarks:read, bookmarks:write, channels:history, channels:read,
                               channels:write, chat:write, dnd:read, dnd:write, im:write, reactions:read,
                               reactions:write, search:read, team.billing:read, team.preferences:read,
                               usergroups:read, usergroups:write, users.profile:read, users.profile:write,
                               users:read, users:write, files:write]
                """);
        bot = slack.bot();
        user = slack.user();
    }

    @Test
    void usergroupsLiveThroughTheirLifecycle() throws Exception {
        var created = user.usergroupsCreate(r -> r.name("Bobs").handle("bobs").description("Consultants"));
        assertTrue(created.isOk(), created.getError());
        String id = created.getUsergroup().getId();
        assertTrue(id.startsWith("S"));
        assertEquals("name_already_exists", user.usergroupsCreate(r -> r.name("bobs")).getError());
        assertEquals("invalid_arguments", user.usergroupsUsersUpdate(r -> r.usergroup(id)).getError());

        String peter = slack.userId("peter");
        var members = user.usergroupsUsersUpdate(r -> r.usergroup(id).users(List.of(peter)));
        assertTrue(members.isOk(), members.getError());
        assertEquals(List.of(peter), bot.usergroupsUsersList(r -> r.usergroup(id)).getUsers());
        assertEquals("invalid_users", user.usergroupsUsersUpdate(r -> r.usergroup(id).users(List.of("U404"))).getError());

        assertTrue(user.usergroupsDisable(r -> r.usergroup(id)).isOk());
        assertEquals("already_disabled", user.usergroupsDisable(r -> r.usergroup(id)).getError());
        assertTrue(bot.usergroupsList(r -> r).getUsergroups().stream().noneMatch(g -> g.getId().equals(id)));
        var all = bot.usergroupsList(r -> r.includeDisabled(true).includeUsers(true).includeCount(true));
        var listed = all.getUsergroups().stream().filter(g -> g.getId().equals(id)).findFirst().orElseThrow();
        assertEquals(1, listed.getUserCount());
        assertTrue(listed.getDateDelete() > 0);
        assertTrue(user.usergroupsEnable(r -> r.usergroup(id)).isOk());
        assertEquals("Interviews", user.usergroupsUpdate(r -> r.usergroup(id).description("Interviews"))
                .getUsergroup().getDescription());
        assertEquals("no_such_subteam", bot.usergroupsUsersList(r -> r.usergroup("S404")).getError());
        assertEquals("missing_scope", bot.usergroupsCreate(r -> r.name("bots")).getError());
    }

    @Test
    void searchFollowsSlacksQuerySyntax() throws Exception {
        String tps = slack.channelId("tps-reports");
        bot.chatPostMessage(r -> r.channel(tps).text("Did you get the memo about the TPS reports?"));
        user.chatPostMessage(r -> r.channel(tps).text("Yeah, the memo. I have eight bosses."));
        user.chatPostMessage(r -> r.channel(slack.channelId("general")).text("Who took my stapler? memo to self"));

        assertEquals(3, user.searchMessages(r -> r.query("memo")).getMessages().getTotal());
        assertEquals(2, user.searchMessages(r -> r.query("memo in:#tps-reports")).getMessages().getTotal());
        var fromMe = user.searchMessages(r -> r.query("memo from:me"));
        assertEquals(2, fromMe.getMessages().getTotal());
        assertEquals("peter", fromMe.getMessages().getMatches().get(0).getUsername());
        assertEquals(1, user.searchMessages(r -> r.query("\"tps reports\"")).getMessages().getTotal());
        assertEquals(1, user.searchMessages(r -> r.query("memo -stapler -bosses")).getMessages().getTotal());
        assertEquals(0, user.searchMessages(r -> r.query("memo before:2001-01-01")).getMessages().getTotal());

        var page1 = user.searchMessages(r -> r.query("memo").count(1).page(1)).getMessages();
        var page2 = user.searchMessages(r -> r.query("memo").count(1).page(2)).getMessages();
        assertEquals(3, page1.getPaging().getPages());
        assertFalse(page1.getMatches().get(0).getTs().equals(page2.getMatches().get(0).getTs()));
        assertTrue(user.searchAll(r -> r.query("memo")).isOk());
        assertTrue(user.searchFiles(r -> r.query("memo")).isOk());

        assertEquals("not_allowed_token_type", bot.searchMessages(r -> r.query("memo")).getError());
        assertEquals("no_query", user.searchMessages(r -> r).getError());
        assertEquals("invalid_query", user.searchMessages(r -> r.query("on:someday")).getError());
    }

    @Test
    void teamMethodsAnswerForAPaidWorkspace() throws Exception {
        assertEquals("std", user.teamBillingInfo(r -> r).getPlan());
        var billable = user.teamBillableInfo(r -> r.limit(1));
        assertTrue(billable.isOk(), billable.getError());
        assertEquals(1, billable.getBillableInfo().size());
        assertFalse(billable.getResponseMetadata().getNextCursor().isEmpty());
        assertEquals("invalid_cursor", user.teamAccessLogs(r -> r.cursor("xxxx")).getError());
        assertTrue(user.teamAccessLogs(r -> r).isOk());
        assertTrue(user.teamIntegrationLogs(r -> r).isOk());
        assertTrue(user.teamPreferencesList(r -> r).isOk());
        assertTrue(user.teamProfileGet(r -> r).isOk());
        assertEquals("missing_scope", bot.teamBillableInfo(r -> r).getError());
        assertTrue(bot.emojiList(r -> r.includeCategories(true)).isOk());
        assertEquals(1, bot.authTeamsList(r -> r.includeIcon(true)).getTeams().size());
    }

    @Test
    void doNotDisturbSnoozesAndEnds() throws Exception {
        String peter = slack.userId("peter");
        var before = bot.dndInfo(r -> r.user(peter));
        assertTrue(before.isOk(), before.getError());
        assertFalse(before.isSnoozeEnabled());
        assertEquals("missing_duration", user.dndSetSnooze(r -> r).getError());
        assertTrue(user.dndSetSnooze(r -> r.numMinutes(30)).isSnoozeEnabled());
        var snoozing = user.dndInfo(r -> r);
        assertTrue(snoozing.isSnoozeEnabled());
        assertTrue(snoozing.getSnoozeRemaining() > 1700 && snoozing.getSnoozeRemaining() <= 1800);
        assertTrue(user.dndEndSnooze(r -> r).isOk());
        assertFalse(user.dndInfo(r -> r).isSnoozeEnabled());
        assertTrue(bot.dndTeamInfo(r -> r.users(List.of(peter))).getUsers().containsKey(peter));
        assertEquals("user_not_found", bot.dndTeamInfo(r -> r.users(List.of("U404"))).getError());
    }

    @Test
    void profilesAndPresenceAreKept() throws Exception {
        var set = user.usersProfileSet(r -> r.name("title").value("Programmer"));
        assertTrue(set.isOk(), set.getError());
        User.Profile profile = new User.Profile();
        profile.setStatusText("Out of office");
        assertTrue(user.usersProfileSet(r -> r.profile(profile)).isOk());
        var got = user.usersProfileGet(r -> r).getProfile();
        assertEquals("Programmer", got.getTitle());
        assertEquals("Out of office", got.getStatusText());
        assertEquals("Programmer", bot.usersInfo(r -> r.user(slack.userId("peter"))).getUser().getProfile().getTitle());
        assertEquals("invalid_profile", user.usersProfileSet(r -> r.name("favorite_stapler").value("red")).getError());

        assertEquals("active", user.usersGetPresence(r -> r).getPresence());
        assertEquals("invalid_presence", user.usersSetPresence(r -> r.presence("busy")).getError());
        assertTrue(user.usersSetPresence(r -> r.presence("away")).isOk());
        assertEquals("away", user.usersGetPresence(r -> r).getPresence());
        assertTrue(user.usersSetPresence(r -> r.presence("auto")).isOk());
    }

    @Test
    void bookmarksAreAddedEditedAndRemoved() throws Exception {
        String tps = slack.channelId("tps-reports");
        assertEquals("invalid_arguments", bot.bookmarksList(r -> r).getError());
        assertEquals("invalid_bookmark_type", bot.bookmarksAdd(r -> r.channelId(tps).title("x").type("folder")).getError());
        var added = bot.bookmarksAdd(r -> r.channelId(tps).title("Cover sheets").type("link").link("https://initech.example/tps"));
        assertTrue(added.isOk(), added.getError());
        String id = added.getBookmark().getId();
        assertEquals("Cover sheets v2", bot.bookmarksEdit(r -> r.channelId(tps).bookmarkId(id).title("Cover sheets v2"))
                .getBookmark().getTitle());
        assertEquals(1, bot.bookmarksList(r -> r.channelId(tps)).getBookmarks().size());
        assertTrue(bot.bookmarksRemove(r -> r.channelId(tps).bookmarkId(id)).isOk());
        assertEquals("not_found", bot.bookmarksRemove(r -> r.channelId(tps).bookmarkId(id)).getError());
    }

    @Test
    void meMessagesUnfurlsMarksAndReactions() throws Exception {
        String tps = slack.channelId("tps-reports");
        var me = user.chatMeMessage(r -> r.channel(tps).text("is moving to the basement"));
        assertTrue(me.isOk(), me.getError());
        var history = user.conversationsHistory(r -> r.channel(tps).limit(1));
        assertEquals("me_message", history.getMessages().get(0).getSubtype());

        var posted = user.chatPostMessage(r -> r.channel(tps).text("https://initech.example/notice"));
        var unfurled = bot.chatUnfurl(ChatUnfurlRequest.builder().channel(tps).ts(posted.getTs())
                .rawUnfurls("{\"https://initech.example/notice\":{\"text\":\"The memo\"}}").build());
        assertTrue(unfurled.isOk(), unfurled.getError());
        assertEquals("cannot_unfurl_url", bot.chatUnfurl(ChatUnfurlRequest.builder().channel(tps).ts(posted.getTs())
                .rawUnfurls("{\"https://elsewhere.example/\":{\"text\":\"x\"}}").build()).getError());
        assertEquals("missing_unfurls", bot.chatUnfurl(ChatUnfurlRequest.builder().channel(tps).ts(posted.getTs())
                .build()).getError());

        assertTrue(user.conversationsMark(r -> r.channel(tps).ts(posted.getTs())).isOk());
        assertEquals("invalid_timestamp", user.conversationsMark(r -> r.channel(tps).ts("yesterday")).getError());
        assertEquals("method_not_supported_for_channel_type", user.conversationsClose(r -> r.channel(tps)).getError());

        user.reactionsAdd(r -> r.channel(tps).timestamp(posted.getTs()).name("stapler"));
        var reacted = user.reactionsList(r -> r.limit(10));
        assertTrue(reacted.isOk(), reacted.getError());
        assertEquals(posted.getTs(), reacted.getItems().get(0).getMessage().getTs());
    }

    @Test
    void messagesKeepSlacksBlockRulesAndMrkdwn() throws Exception {
        String tps = slack.channelId("tps-reports");
        var md = raw("chat.postMessage", "channel=" + tps + "&markdown_text="
                + java.net.URLEncoder.encode("**Yeah** see [the memo](https://initech.example/m)", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(md.path("ok").asBoolean(), md.toString());
        assertEquals("*Yeah* see <https://initech.example/m|the memo>", md.path("message").path("text").asText());

        String richInput = "[{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                + "\"element\":{\"type\":\"rich_text_input\",\"action_id\":\"a\"}}]";
        assertEquals("invalid_blocks", bot.chatPostMessage(r -> r.channel(tps).text("x").blocksAsString(richInput)).getError());
        assertEquals("invalid_blocks", bot.chatPostMessage(r -> r.channel(tps).text("x")
                .blocksAsString("[{\"type\":\"stapler\"}]")).getError());
        String mixed = "[{\"title\":\"hi\",\"callback_id\":\"c\",\"blocks\":[{\"type\":\"divider\"}]}]";
        assertEquals("invalid_attachments", bot.chatPostMessage(r -> r.channel(tps).attachmentsAsString(mixed)).getError());
        String blocksOnly = "[{\"color\":\"#36a64f\",\"blocks\":[{\"type\":\"divider\"}]}]";
        assertTrue(bot.chatPostMessage(r -> r.channel(tps).text("x").attachmentsAsString(blocksOnly)).isOk());
    }

    @Test
    void workflowsAnswerWithoutTriggers() throws Exception {
        String tps = slack.channelId("tps-reports");
        assertEquals("channel_not_found", raw("workflows.featured.list", "channel_ids=C404").path("error").asText());
        assertEquals(1, raw("workflows.featured.list", "channel_ids=" + tps).path("featured_workflows").size());
        assertEquals("trigger_not_found", raw("workflows.featured.add", "channel_id=" + tps + "&trigger_ids=Ft1")
                .path("error").asText());
        assertEquals("method_deprecated", raw("workflows.stepFailed", "workflow_step_execute_id=x").path("error").asText());
    }

    /** A form POST with the bot token, for methods newer than the SDK the project tests with. */
    private static com.fasterxml.jackson.databind.JsonNode raw(String method, String form) {
        return SlackFixture.json(slack.post(slack.baseUrl() + method, "application/x-www-form-urlencoded", form,
                "Authorization", "Bearer " + slack.slack.get("botToken").asText()));
    }

    @Test
    void remoteFilesAreAddedSharedAndRemoved() throws Exception {
        String tps = slack.channelId("tps-reports");
        assertEquals("invalid_arguments", bot.filesRemoteAdd(r -> r.externalId("x")).getError());
        var added = bot.filesRemoteAdd(r -> r.externalId("tps-1").externalUrl("https://initech.example/tps-1")
                .title("TPS report 1"));
        assertTrue(added.isOk(), added.getError());
        String id = added.getFile().getId();
        assertEquals("already_exists", bot.filesRemoteAdd(r -> r.externalId("tps-1")
                .externalUrl("https://initech.example/tps-1").title("again")).getError());
        assertEquals(id, bot.filesRemoteInfo(r -> r.externalId("tps-1")).getFile().getId());
        assertEquals("TPS report 1b", bot.filesRemoteUpdate(r -> r.externalId("tps-1").title("TPS report 1b")).getFile().getTitle());
        assertEquals(0, bot.filesRemoteList(r -> r.channel(tps)).getFiles().size());
        assertTrue(bot.filesRemoteShare(r -> r.externalId("tps-1").channels(List.of(tps))).isOk());
        assertEquals(1, bot.filesRemoteList(r -> r.channel(tps)).getFiles().size());
        assertTrue(bot.filesRemoteRemove(r -> r.externalId("tps-1")).isOk());
        assertEquals("file_not_found", bot.filesRemoteRemove(r -> r.externalId("tps-1")).getError());
    }

    @Test
    void retiredMethodsAnswerAsSlackDoesToday() throws Exception {
        assertEquals("method_deprecated", user.filesUpload(r -> r.channels(List.of(slack.channelId("general")))
                .content("TPS").filename("tps.txt")).getError());
        assertEquals("not_allowed_token_type", bot.rtmConnect(r -> r).getError());
        assertNull(bot.rtmConnect(r -> r).getUrl());
    }
}
