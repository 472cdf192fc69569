package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.dtu.twins.slack.SlackFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** chat.* through the official Java SDK. */
class ChatApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;
    static String general;
    static String engineering;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        bot = slack.bot();
        user = slack.user();
        general = slack.channelId("general");
        engineering = slack.channelId("engineering");
    }

    @Test
    void postMessageStoresTextAndBlocksAndHistoryReturnsThem() throws Exception {
        List<LayoutBlock> blocks = List.of(SectionBlock.builder().blockId("b1")
                .text(MarkdownTextObject.builder().text("*Deploy* done").build()).build());
        ChatPostMessageResponse posted = bot.chatPostMessage(r -> r.channel(engineering).text("Deploy done")
                .blocks(blocks));
        assertTrue(posted.isOk(), posted.getError());
        assertEquals(engineering, posted.getChannel());
        assertTrue(posted.getTs().matches("\\d{10}\\.\\d{6}"), posted.getTs());
        assertEquals(slack.botUserId(), posted.getMessage().getUser());
        assertNotNull(posted.getMessage().getBotId());

        ConversationsHistoryResponse history = bot.conversationsHistory(r -> r.channel(engineering).limit(1));
        assertTrue(history.isOk(), history.getError());
        assertEquals(posted.getTs(), history.getMessages().get(0).getTs());
        assertEquals("Deploy done", history.getMessages().get(0).getText());
        SectionBlock section = (SectionBlock) history.getMessages().get(0).getBlocks().get(0);
        assertEquals("*Deploy* done", section.getText().getText());
        assertTrue(history.isHasMore());
    }

    @Test
    void tsIsUniqueAndIncreasingWithinAChannel() throws Exception {
        String previous = "0";
        for (int i = 0; i < 5; i++) {
            String ts = bot.chatPostMessage(r -> r.channel(general).text("tick")).getTs();
            assertTrue(ts.compareTo(previous) > 0, ts + " after " + previous);
            previous = ts;
        }
    }

    @Test
    void threadsCountRepliesAndBroadcastsShowInHistory() throws Exception {
        String parent = user.chatPostMessage(r -> r.channel(general).text("Who is on call?")).getTs();
        bot.chatPostMessage(r -> r.channel(general).threadTs(parent).text("Alan is"));
        String broadcast = user.chatPostMessage(r -> r.channel(general).threadTs(parent).text("Thanks!")
                .replyBroadcast(true)).getTs();

        ConversationsRepliesResponse replies = bot.conversationsReplies(r -> r.channel(general).ts(parent));
        assertTrue(replies.isOk(), replies.getError());
        assertEquals(3, replies.getMessages().size());
        var root = replies.getMessages().get(0);
        assertEquals(2, root.getReplyCount());
        assertEquals(List.of(slack.botUserId(), slack.userId("ada")), root.getReplyUsers());
        assertEquals(broadcast, root.getLatestReply());

        var history = bot.conversationsHistory(r -> r.channel(general).oldest(parent).inclusive(true)).getMessages();
        assertEquals(List.of(broadcast, parent), history.stream().map(m -> m.getTs()).toList(),
                "the plain reply stays in the thread, the broadcast shows in the channel");
        assertEquals("thread_broadcast", history.get(0).getSubtype());
    }

    @Test
    void updateAndDeleteOnlyTheCallersOwnMessages() throws Exception {
        String mine = bot.chatPostMessage(r -> r.channel(general).text("draft")).getTs();
        var updated = bot.chatUpdate(r -> r.channel(general).ts(mine).text("final"));
        assertTrue(updated.isOk(), updated.getError());
        assertEquals("final", updated.getText());
        var fetched = bot.conversationsHistory(r -> r.channel(general).latest(mine).inclusive(true).limit(1));
        assertEquals("final", fetched.getMessages().get(0).getText());
        assertNotNull(fetched.getMessages().get(0).getEdited());

        String theirs = user.chatPostMessage(r -> r.channel(general).text("ada's")).getTs();
        assertEquals("cant_update_message", bot.chatUpdate(r -> r.channel(general).ts(theirs).text("x")).getError());
        assertEquals("cant_delete_message", bot.chatDelete(r -> r.channel(general).ts(theirs)).getError());

        assertTrue(bot.chatDelete(r -> r.channel(general).ts(mine)).isOk());
        assertEquals("message_not_found", bot.chatDelete(r -> r.channel(general).ts(mine)).getError());
    }

    @Test
    void textRulesAndArchivedChannels() throws Exception {
        assertEquals("no_text", bot.chatPostMessage(r -> r.channel(general)).getError());
        var cut = bot.chatPostMessage(r -> r.channel(general).text("x".repeat(40_001) + "y"));
        assertTrue(cut.isOk(), cut.getError());
        assertEquals("x".repeat(40_000), cut.getMessage().getText(), "Slack truncates past 40,000 characters");
        assertEquals(40_000, bot.chatPostMessage(r -> r.channel(general).text("x".repeat(40_000))).getMessage()
                .getText().length());
        String ts = cut.getTs();
        var edited = bot.chatUpdate(r -> r.channel(general).ts(ts).text("z".repeat(45_000)));
        assertTrue(edited.isOk(), edited.getError());
        assertEquals(40_000, edited.getText().length());
        String temp = user.conversationsCreate(r -> r.name("temp-archive")).getChannel().getId();
        assertTrue(user.conversationsArchive(r -> r.channel(temp)).isOk());
        assertEquals("is_archived", user.chatPostMessage(r -> r.channel(temp).text("hi")).getError());
    }

    @Test
    void botsMustBeMembersOfPrivateChannels() throws Exception {
        String leadership = slack.channelId("leadership");
        assertEquals("channel_not_found", bot.chatPostMessage(r -> r.channel(leadership).text("hi")).getError());
        assertTrue(user.conversationsInvite(r -> r.channel(leadership).users(List.of(slack.botUserId()))).isOk());
        assertTrue(bot.chatPostMessage(r -> r.channel(leadership).text("hi")).isOk());
    }

    @Test
    void postEphemeralPermalinkAndChannelNames() throws Exception {
        var eph = bot.chatPostEphemeral(r -> r.channel(general).user(slack.userId("grace")).text("only you"));
        assertTrue(eph.isOk(), eph.getError());
        assertNotNull(eph.getMessageTs());
        assertEquals("user_not_in_channel", bot.chatPostEphemeral(r -> r.channel(engineering)
                .user(slack.userId("grace")).text("x")).getError());

        String ts = bot.chatPostMessage(r -> r.channel("#general").text("by name")).getTs();
        var link = bot.chatGetPermalink(r -> r.channel(general).messageTs(ts));
        assertTrue(link.isOk(), link.getError());
        assertEquals("https://northwind.slack.com/archives/" + general + "/p" + ts.replace(".", ""), link.getPermalink());
    }

    @Test
    void scheduledMessagesAreListedAndCancelled() throws Exception {
        long postAt = Instant.now().getEpochSecond() + 3600;
        var scheduled = bot.chatScheduleMessage(r -> r.channel(general).text("later").postAt((int) postAt));
        assertTrue(scheduled.isOk(), scheduled.getError());
        var list = bot.chatScheduledMessagesList(r -> r.channel(general));
        assertTrue(list.isOk(), list.getError());
        assertEquals(1, list.getScheduledMessages().size());
        assertEquals(scheduled.getScheduledMessageId(), list.getScheduledMessages().get(0).getId());
        assertEquals("time_in_past", bot.chatScheduleMessage(r -> r.channel(general).text("x")
                .postAt((int) (postAt - 7200))).getError());

        var deleted = bot.chatDeleteScheduledMessage(r -> r.channel(general)
                .scheduledMessageId(scheduled.getScheduledMessageId()));
        assertTrue(deleted.isOk(), deleted.getError());
        assertTrue(bot.chatScheduledMessagesList(r -> r.channel(general)).getScheduledMessages().isEmpty());
        assertFalse(slack.state().path("scheduled_messages").elements().hasNext());
    }

    @Test
    void aScheduledMessagePostsItselfOnTimeWithoutAnotherRequest() throws Exception {
        long postAt = Instant.now().getEpochSecond() + 2;
        var scheduled = bot.chatScheduleMessage(r -> r.channel(general).text("on time").postAt((int) postAt));
        assertTrue(scheduled.isOk(), scheduled.getError());
        // Only the admin state is read from here on: no Web API call that could post it lazily.
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean posted = false;
        while (!posted && System.nanoTime() < deadline) {
            Thread.sleep(100);
            for (var m : slack.state().path("messages")) {
                posted |= "on time".equals(m.path("text").asText()) && m.path("channel").asText().equals(general);
            }
        }
        assertTrue(posted, "the message was posted at its time");
        for (var m : slack.state().path("messages")) {
            if ("on time".equals(m.path("text").asText())) {
                assertTrue(Long.parseLong(m.path("ts").asText().split("\\.")[0]) >= postAt, "not before post_at");
            }
        }
        assertFalse(slack.state().path("scheduled_messages").elements().hasNext(), "no longer scheduled");
    }

    /**
     * parse=full reads the text as a person's typing: the app's markup is text, URLs, @names and #channels are
     * linked; link_names links the names but keeps markup; without either, names stay text.
     */
    @Test
    void parseFullAndLinkNamesLinkMembersAndChannels() throws Exception {
        String ada = slack.userId("ada");
        String handle = slack.state().path("users").path(ada).path("name").asText();
        String text = "Ping @" + handle + " and @here in #general, not @nobody: <b>bold</b> & https://y.example/?a=1&b=2";
        var full = bot.chatPostMessage(r -> r.channel(engineering).text(text).parse("full"));
        assertTrue(full.isOk(), full.getError());
        String expected = "Ping <@" + ada + "> and <!here> in <#" + general + "|general>, not @nobody: "
                + "&lt;b&gt;bold&lt;/b&gt; &amp; <https://y.example/?a=1&amp;b=2>";
        assertEquals(expected, full.getMessage().getText());
        assertEquals(expected, bot.conversationsHistory(r -> r.channel(engineering).limit(1)).getMessages().get(0).getText());

        var updated = bot.chatUpdate(r -> r.channel(engineering).ts(full.getTs()).text("Over to #engineering").parse("full"));
        assertTrue(updated.isOk(), updated.getError());
        assertEquals("Over to <#" + engineering + "|engineering>", updated.getMessage().getText());

        var names = bot.chatPostMessage(r -> r.channel(engineering).text("<https://z.example|z> for @" + handle).linkNames(true));
        assertEquals("<https://z.example|z> for <@" + ada + ">", names.getMessage().getText());
        var plain = bot.chatPostMessage(r -> r.channel(engineering).text("for @" + handle + " in #general"));
        assertEquals("for @" + handle + " in #general", plain.getMessage().getText());
    }
}
