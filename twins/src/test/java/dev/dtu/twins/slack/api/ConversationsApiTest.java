package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** conversations.* through the official Java SDK. */
class ConversationsApiTest {
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
    void listShowsPublicChannelsAndOnlyTheCallersPrivateOnes() throws Exception {
        var publicOnly = bot.conversationsList(r -> r);
        assertTrue(publicOnly.isOk(), publicOnly.getError());
        List<String> names = publicOnly.getChannels().stream().map(Conversation::getName).toList();
        assertTrue(names.containsAll(List.of("general", "support", "engineering", "random")), names.toString());
        assertFalse(names.contains("leadership"));

        var withPrivate = user.conversationsList(r -> r.types(List.of(ConversationType.PUBLIC_CHANNEL,
                ConversationType.PRIVATE_CHANNEL)));
        Conversation leadership = withPrivate.getChannels().stream()
                .filter(c -> c.getName().equals("leadership")).findFirst().orElseThrow();
        assertTrue(leadership.isPrivate());
        assertEquals(3, leadership.getNumOfMembers());
        var botPrivate = bot.conversationsList(r -> r.types(List.of(ConversationType.PRIVATE_CHANNEL)));
        assertTrue(botPrivate.getChannels().isEmpty(), "the bot is in no private channel");
    }

    @Test
    void infoMembersAndTopics() throws Exception {
        String support = slack.channelId("support");
        var info = bot.conversationsInfo(r -> r.channel(support).includeNumMembers(true));
        assertTrue(info.isOk(), info.getError());
        assertEquals("support", info.getChannel().getName());
        assertEquals(5, info.getChannel().getNumOfMembers());
        assertTrue(info.getChannel().isMember());
        assertTrue(info.getChannel().getTopic().getValue().startsWith("Customer issues"));

        var members = bot.conversationsMembers(r -> r.channel(support));
        assertTrue(members.getMembers().contains(slack.userId("grace")));
        assertEquals("channel_not_found", bot.conversationsInfo(r -> r.channel("C999999999")).getError());

        var topic = user.conversationsSetTopic(r -> r.channel(support).topic("Escalations only"));
        assertTrue(topic.isOk(), topic.getError());
        assertEquals("Escalations only", topic.getChannel().getTopic().getValue());
        var purpose = user.conversationsSetPurpose(r -> r.channel(support).purpose("Help customers"));
        assertEquals("Help customers", purpose.getChannel().getPurpose().getValue());
        var latest = bot.conversationsHistory(r -> r.channel(support).limit(2)).getMessages();
        assertEquals(List.of("channel_purpose", "channel_topic"), latest.stream().map(m -> m.getSubtype()).toList());
    }

    @Test
    void createFollowsNameRulesAndJoinInviteKickLeave() throws Exception {
        assertEquals("invalid_name_specials", bot.conversationsCreate(r -> r.name("Has Spaces")).getError());
        assertEquals("invalid_name_maxlength", bot.conversationsCreate(r -> r.name("a".repeat(81))).getError());
        assertEquals("invalid_name_required", bot.conversationsCreate(r -> r.name("")).getError());
        assertEquals("name_taken", bot.conversationsCreate(r -> r.name("general")).getError());

        var created = bot.conversationsCreate(r -> r.name("incident-42"));
        assertTrue(created.isOk(), created.getError());
        String id = created.getChannel().getId();
        assertTrue(id.startsWith("C"));
        assertEquals(slack.botUserId(), created.getChannel().getCreator());

        var joined = user.conversationsJoin(r -> r.channel(id));
        assertTrue(joined.isOk(), joined.getError());
        assertEquals("already_in_channel", user.conversationsJoin(r -> r.channel(id)).getWarning());

        String grace = slack.userId("grace");
        assertTrue(bot.conversationsInvite(r -> r.channel(id).users(List.of(grace))).isOk());
        assertEquals("already_in_channel", bot.conversationsInvite(r -> r.channel(id).users(List.of(grace))).getError());
        assertEquals("user_not_found", bot.conversationsInvite(r -> r.channel(id).users(List.of("U999999999"))).getError());
        assertTrue(bot.conversationsKick(r -> r.channel(id).user(grace)).isOk());
        assertEquals("not_in_channel", bot.conversationsKick(r -> r.channel(id).user(grace)).getError());
        assertTrue(user.conversationsLeave(r -> r.channel(id)).isOk());
        assertTrue(user.conversationsLeave(r -> r.channel(id)).isNotInChannel());
        assertEquals("cant_leave_general", user.conversationsLeave(r -> r.channel(slack.channelId("general"))).getError());
        // Whoever kicks need not be in a public channel: Slack's not_in_channel is "User was not in the channel", the
        // user kicked (and Slack's own SDK test kicks with a user token from a channel its bot made)
        assertTrue(bot.conversationsInvite(r -> r.channel(id).users(List.of(grace))).isOk());
        var kicked = user.conversationsKick(r -> r.channel(id).user(grace));
        assertTrue(kicked.isOk(), kicked.getError());

        var members = bot.conversationsMembers(r -> r.channel(id)).getMembers();
        assertEquals(List.of(slack.botUserId()), members);
    }

    @Test
    void renameArchiveUnarchive() throws Exception {
        String id = user.conversationsCreate(r -> r.name("old-name").isPrivate(true)).getChannel().getId();
        assertEquals("invalid_name_specials", user.conversationsRename(r -> r.channel(id).name("New!")).getError());
        var renamed = user.conversationsRename(r -> r.channel(id).name("new-name"));
        assertTrue(renamed.isOk(), renamed.getError());
        assertEquals("new-name", renamed.getChannel().getName());
        assertEquals(List.of("old-name"), renamed.getChannel().getPreviousNames());

        assertTrue(user.conversationsArchive(r -> r.channel(id)).isOk());
        assertEquals("already_archived", user.conversationsArchive(r -> r.channel(id)).getError());
        assertEquals("is_archived", user.conversationsSetTopic(r -> r.channel(id).topic("x")).getError());
        assertTrue(user.conversationsInfo(r -> r.channel(id)).getChannel().isArchived());
        assertTrue(user.conversationsUnarchive(r -> r.channel(id)).isOk());
        assertEquals("not_archived", user.conversationsUnarchive(r -> r.channel(id)).getError());
        var excluded = user.conversationsList(r -> r.types(List.of(ConversationType.PRIVATE_CHANNEL))
                .excludeArchived(true));
        assertTrue(excluded.getChannels().stream().anyMatch(c -> c.getId().equals(id)));
    }

    @Test
    void historyHonoursOldestLatestInclusive() throws Exception {
        String random = slack.channelId("random");
        String t1 = bot.chatPostMessage(r -> r.channel(random).text("one")).getTs();
        String t2 = bot.chatPostMessage(r -> r.channel(random).text("two")).getTs();
        String t3 = bot.chatPostMessage(r -> r.channel(random).text("three")).getTs();
        var exclusive = bot.conversationsHistory(r -> r.channel(random).oldest(t1).latest(t3));
        assertEquals(List.of(t2), exclusive.getMessages().stream().map(m -> m.getTs()).toList());
        var inclusive = bot.conversationsHistory(r -> r.channel(random).oldest(t1).latest(t3).inclusive(true));
        assertEquals(List.of(t3, t2, t1), inclusive.getMessages().stream().map(m -> m.getTs()).toList());
        assertEquals("invalid_ts_oldest", bot.conversationsHistory(r -> r.channel(random).oldest("yesterday")).getError());
    }

    @Test
    void openFindsOrCreatesDirectMessages() throws Exception {
        String grace = slack.userId("grace");
        var opened = bot.conversationsOpen(r -> r.users(List.of(grace)).returnIm(true));
        assertTrue(opened.isOk(), opened.getError());
        String dm = opened.getChannel().getId();
        assertTrue(dm.startsWith("D"));
        assertTrue(opened.getChannel().isIm());
        var again = bot.conversationsOpen(r -> r.users(List.of(grace)));
        assertEquals(dm, again.getChannel().getId());
        assertTrue(again.isAlreadyOpen());

        var posted = bot.chatPostMessage(r -> r.channel(grace).text("psst"));
        assertEquals(dm, posted.getChannel(), "posting to a user id goes to the DM");
        var ims = bot.usersConversations(r -> r.types(List.of(ConversationType.IM)));
        assertTrue(ims.getChannels().stream().anyMatch(c -> c.getId().equals(dm)));
        assertEquals("channel_not_found", user.conversationsHistory(r -> r.channel(dm)).getError(),
                "someone else's DM does not exist for you");
    }
}
