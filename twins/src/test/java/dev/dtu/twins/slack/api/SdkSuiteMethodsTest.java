package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import com.slack.api.model.dialog.Dialog;
import com.slack.api.model.dialog.DialogTextElement;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Methods and answers Slack's own live-API suite (java-slack-sdk, test_with_remote_apis) needed beyond the rest:
 * dialog.open, oauth.access, users.identity/.setActive, apps.event.authorizations.list, and the single differences
 * it showed (an empty user group, metadata of a scheduled message).
 */
class SdkSuiteMethodsTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.initech("""
                channels:
                  - {name: general, members: [peter, milton, bot]}
                tokens:
                  bot: {scopes: [chat:write, users:write, channels:read, files:write, users.profile:write]}
                  users:
                    - {person: peter, scopes: [identity.basic, identity.email, users:write, usergroups:write,
                                               usergroups:read]}
                """);
        bot = slack.bot();
        user = slack.user();
    }

    private static Dialog dialog(String title) {
        return Dialog.builder().title(title).callbackId("pens-1122").submitLabel("")
                .elements(List.of(DialogTextElement.builder().label("Quantity").name("quantity").build())).build();
    }

    @Test
    void dialogOpenChecksTheDialogThenSpendsTheTrigger() throws Exception {
        assertEquals("invalid_trigger", bot.dialogOpen(r -> r.triggerId("FAKE_TRIGGER_ID").dialog(dialog("Request pens")))
                .getError());
        assertEquals("trigger_expired", bot.dialogOpen(r -> r.triggerId("1000.1.ab").dialog(dialog("Request pens")))
                .getError());
        assertEquals("validation_errors", bot.dialogOpen(r -> r.triggerId("FAKE_TRIGGER_ID")
                .dialog(dialog("A title far longer than twenty-four characters"))).getError());
        assertEquals("missing_dialog", bot.dialogOpen(r -> r.triggerId("FAKE_TRIGGER_ID")).getError());
        assertEquals("missing_trigger", bot.dialogOpen(r -> r.dialog(dialog("Request pens"))).getError());
    }

    @Test
    void oauthAccessAnswersInvalidCodeAndOauthV2AccessWithoutACodeToo() throws Exception {
        assertEquals("invalid_code", slack.sdk.methods().oauthAccess(r -> r.clientId("3485157640.XXXX")
                .clientSecret("XXXXX").code("").redirectUri("http://seratch.net/foo")).getError());
        assertEquals("invalid_code", slack.sdk.methods().oauthV2Access(r -> r.clientId("3485157640.XXXX")
                .clientSecret("XXXXX").code("")).getError());
        String id = slack.slack.get("clientId").asText();
        assertEquals("bad_client_secret", slack.sdk.methods().oauthAccess(r -> r.clientId(id)
                .clientSecret("wrong").code("made-up")).getError());
        assertEquals("invalid_code", slack.sdk.methods().oauthAccess(r -> r.clientId(id)
                .clientSecret(slack.slack.get("clientSecret").asText()).code("made-up")).getError());
    }

    @Test
    void usersIdentityNeedsAUserTokenWithIdentityBasic() throws Exception {
        assertEquals("not_allowed_token_type", bot.usersIdentity(r -> r).getError());
        var me = user.usersIdentity(r -> r);
        assertTrue(me.isOk(), me.getError());
        assertEquals(slack.userId("peter"), me.getUser().getId());
        assertEquals("peter@initech.example", me.getUser().getEmail());
        assertEquals(slack.slack.get("teamId").asText(), me.getTeam().getId());
        assertNull(me.getTeam().getName(), "identity.team was not granted");
        var other = SlackFixture.universe().user().usersIdentity(r -> r);
        assertEquals("missing_scope", other.getError());
        assertEquals("identity.basic", other.getNeeded());
    }

    @Test
    void usersSetActiveStillAnswersOk() throws Exception {
        assertTrue(bot.usersSetActive(r -> r).isOk());
        assertTrue(user.usersSetActive(r -> r).isOk());
    }

    @Test
    void eventAuthorizationsListRefusesContextsItDidNotIssue() throws Exception {
        MethodsClient app = slack.sdk.methods(slack.slack.get("appToken").asText());
        assertEquals("invalid_event_context", app.appsEventAuthorizationsList(r -> r.eventContext("dummy")
                .cursor("dummy-cursor").limit(120)).getError());
        assertEquals("not_allowed_token_type", bot.appsEventAuthorizationsList(r -> r.eventContext("dummy")).getError());
        String foreign = "4-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"et\":\"message\",\"tid\":\"T999\",\"aid\":\"A999\"}".getBytes());
        assertEquals("auth_mismatch", app.appsEventAuthorizationsList(r -> r.eventContext(foreign)).getError());
    }

    /** Slack's Java SDK sends an empty user list as "[]": that empties the group (usergroups_Test). */
    @Test
    void anEmptyUserListEmptiesAUserGroup() throws Exception {
        var created = user.usergroupsCreate(r -> r.name("oncall").handle("oncall"));
        assertTrue(created.isOk(), created.getError());
        String id = created.getUsergroup().getId();
        assertTrue(user.usergroupsUsersUpdate(r -> r.usergroup(id).users(List.of(slack.userId("milton")))).isOk());
        var emptied = user.usergroupsUsersUpdate(r -> r.usergroup(id).users(List.of()));
        assertTrue(emptied.isOk(), emptied.getError());
        assertEquals(List.of(), emptied.getUsergroup().getUsers());
    }

    /** chat.scheduleMessage answers the message with its metadata, and posts it with it (message_metadata_Test). */
    @Test
    void aScheduledMessageKeepsItsMetadata() throws Exception {
        var scheduled = bot.chatScheduleMessage(r -> r.channel(slack.channelId("general")).text("later")
                .postAt((int) (System.currentTimeMillis() / 1000) + 180)
                .metadata(Message.Metadata.builder().eventType("task_created")
                        .eventPayload(Map.of("id", "T-1")).build()));
        assertTrue(scheduled.isOk(), scheduled.getError());
        assertEquals("task_created", scheduled.getMessage().getMetadata().getEventType());
        assertEquals("T-1", scheduled.getMessage().getMetadata().getEventPayload().get("id"));
    }

    /** A bot has no photo: users.deletePhoto and users.setPhoto refuse its token before any scope (users_Test). */
    @Test
    void photosArePeoplesOnly() throws Exception {
        assertEquals("not_allowed_token_type", bot.usersDeletePhoto(r -> r).getError());
    }

    /** chat.update replaces a message's metadata when given one (message_metadata_Test#sendAndRead). */
    @Test
    void anUpdateReplacesTheMetadata() throws Exception {
        String general = slack.channelId("general");
        var posted = bot.chatPostMessage(r -> r.channel(general).text("task").metadata(Message.Metadata.builder()
                .eventType("task_created").eventPayload(Map.of("tags", List.of("foo", "bar"))).build()));
        assertTrue(posted.isOk(), posted.getError());
        var updated = bot.chatUpdate(r -> r.channel(general).ts(posted.getTs()).text("task, renamed")
                .metadata(Message.Metadata.builder().eventType("task_created")
                        .eventPayload(Map.of("tags", List.of("FOO"))).build()));
        assertTrue(updated.isOk(), updated.getError());
        assertEquals(List.of("FOO"), updated.getMessage().getMetadata().getEventPayload().get("tags"));
        var kept = bot.chatUpdate(r -> r.channel(general).ts(posted.getTs()).text("task, again"));
        assertEquals(List.of("FOO"), kept.getMessage().getMetadata().getEventPayload().get("tags"));
    }

    /** filesUploadV2 with thread_ts and no channel uploads an unshared file (files_Test#createFileForAThread_v2). */
    @Test
    void aThreadTsWithoutAChannelLeavesTheFileUnshared() throws Exception {
        var uploaded = bot.filesUploadV2(r -> r.content("hello").filename("a.txt").threadTs("1700000000.000100"));
        assertTrue(uploaded.isOk(), uploaded.getError());
        assertTrue(uploaded.getFile().getChannels() == null || uploaded.getFile().getChannels().isEmpty());
    }
}
