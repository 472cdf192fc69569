package dev.dtu.twins.slack.api;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.CallBlock;
import com.slack.api.model.CallParticipant;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** calls.* through the official Java SDK, and the call block a message shows for a Call. */
class CallsApiTest {
    static SlackFixture slack;
    static MethodsClient bot;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.initech("""
                channels:
                  - {name: general, members: [peter, milton, bot]}
                tokens:
                  bot:
                    scopes: [calls:read, calls:write, chat:write, channels:history, channels:read]
                """);
        bot = slack.bot();
    }

    private static CallBlock latestCallBlock(String channel) throws Exception {
        var history = bot.conversationsHistory(r -> r.channel(channel).limit(1));
        assertTrue(history.isOk(), history.getError());
        return (CallBlock) history.getMessages().get(0).getBlocks().get(0);
    }

    private static CallParticipant external(String id) {
        return CallParticipant.builder().externalId(id).displayName("Guest " + id).build();
    }

    @Test
    void aCallIsPostedUpdatedJoinedAndEndedAndItsBlockFollows() throws Exception {
        String peter = slack.userId("peter");
        var added = bot.callsAdd(r -> r.title("Standup").joinUrl("https://calls.example/1")
                .externalUniqueId("u-1").externalDisplayId("705-292")
                .users(List.of(CallParticipant.builder().slackId(peter).build(), external("x1"))));
        assertTrue(added.isOk(), added.getError());
        String id = added.getCall().getId();
        assertTrue(id.startsWith("R"));
        assertEquals(2, added.getCall().getUsers().size());

        String general = slack.channelId("general");
        var posted = bot.chatPostMessage(r -> r.channel(general).blocks(asBlocks(call(c -> c.callId(id)))));
        assertTrue(posted.isOk(), posted.getError());
        CallBlock block = latestCallBlock(general);
        assertEquals(id, block.getCallId());
        assertEquals("Standup", block.getCall().getV1().getName());
        assertEquals("705-292", block.getCall().getV1().getDisplayId());

        var updated = bot.callsUpdate(r -> r.id(id).joinUrl("https://calls.example/2"));
        assertEquals("https://calls.example/2", updated.getCall().getJoinUrl());
        assertEquals("https://calls.example/2", latestCallBlock(general).getCall().getV1().getJoinUrl());

        String milton = slack.userId("milton");
        var milt = CallParticipant.builder().slackId(milton).build();
        assertTrue(bot.callsParticipantsAdd(r -> r.id(id).users(List.of(milt))).isOk());
        assertEquals("bad_users", bot.callsParticipantsAdd(r -> r.id(id).users(List.of(milt))).getError());
        assertEquals(3, bot.callsInfo(r -> r.id(id)).getCall().getUsers().size());
        assertTrue(bot.callsParticipantsRemove(r -> r.id(id).users(List.of(milt))).isOk());
        assertEquals(2, bot.callsInfo(r -> r.id(id)).getCall().getUsers().size());

        assertTrue(bot.callsEnd(r -> r.id(id).duration(60)).isOk());
        assertTrue(latestCallBlock(general).getCall().getV1().getHasEnded());
        assertEquals("inactive_call", bot.callsEnd(r -> r.id(id)).getError());
        assertEquals("inactive_call", bot.callsParticipantsAdd(r -> r.id(id).users(List.of(external("x2")))).getError());
    }

    @Test
    void badCallsGetSlacksErrors() throws Exception {
        assertEquals("invalid_arguments", bot.callsAdd(r -> r.title("No URL")).getError());
        assertEquals("invalid_call_id", bot.callsInfo(r -> r.id("dummy")).getError());
        var added = bot.callsAdd(r -> r.joinUrl("https://calls.example/3").externalUniqueId("u-3"));
        assertTrue(added.isOk(), added.getError());
        String id = added.getCall().getId();
        var nothing = bot.callsUpdate(r -> r.id(id));
        assertFalse(nothing.isOk());
        assertEquals("invalid_arguments", nothing.getError());
        assertEquals("user_not_found", bot.callsParticipantsAdd(r -> r.id(id)
                .users(List.of(CallParticipant.builder().slackId("U123").build()))).getError());
        assertEquals("invalid_call_id", bot.callsEnd(r -> r.id("invalid").duration(-1)).getError());
        assertEquals("invalid_arguments", bot.callsEnd(r -> r.id(id).duration(-1)).getError());
    }
}
