package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** reactions.* and pins.* through the official Java SDK. */
class ReactionsAndPinsApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;
    static String general;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        bot = slack.bot();
        user = slack.user();
        general = slack.channelId("general");
    }

    @Test
    void reactionsAddGetRemove() throws Exception {
        String ts = user.chatPostMessage(r -> r.channel(general).text("ship it?")).getTs();
        assertTrue(bot.reactionsAdd(r -> r.channel(general).timestamp(ts).name("thumbsup")).isOk());
        assertTrue(user.reactionsAdd(r -> r.channel(general).timestamp(ts).name(":thumbsup:")).isOk());
        assertEquals("already_reacted", bot.reactionsAdd(r -> r.channel(general).timestamp(ts).name("thumbsup")).getError());

        var got = bot.reactionsGet(r -> r.channel(general).timestamp(ts));
        assertTrue(got.isOk(), got.getError());
        var reaction = got.getMessage().getReactions().get(0);
        assertEquals("thumbsup", reaction.getName());
        assertEquals(2, reaction.getCount());
        assertEquals(List.of(slack.botUserId(), slack.userId("ada")), reaction.getUsers());

        assertTrue(bot.reactionsRemove(r -> r.channel(general).timestamp(ts).name("thumbsup")).isOk());
        assertEquals("no_reaction", bot.reactionsRemove(r -> r.channel(general).timestamp(ts).name("thumbsup")).getError());
        assertEquals("message_not_found", bot.reactionsAdd(r -> r.channel(general).timestamp("1.000001").name("x")).getError());
        assertEquals(1, bot.reactionsGet(r -> r.channel(general).timestamp(ts)).getMessage().getReactions().get(0).getCount());
    }

    @Test
    void pinsAddListRemove() throws Exception {
        String ts = bot.chatPostMessage(r -> r.channel(general).text("Read the handbook")).getTs();
        assertTrue(user.pinsAdd(r -> r.channel(general).timestamp(ts)).isOk());
        assertEquals("already_pinned", user.pinsAdd(r -> r.channel(general).timestamp(ts)).getError());
        var list = bot.pinsList(r -> r.channel(general));
        assertTrue(list.isOk(), list.getError());
        assertEquals(1, list.getItems().size());
        assertEquals(ts, list.getItems().get(0).getMessage().getTs());
        assertEquals(1, bot.conversationsHistory(r -> r.channel(general)).getPinCount());

        assertTrue(user.pinsRemove(r -> r.channel(general).timestamp(ts)).isOk());
        assertEquals("no_pin", user.pinsRemove(r -> r.channel(general).timestamp(ts)).getError());
        assertTrue(bot.pinsList(r -> r.channel(general)).getItems().isEmpty());
    }
}
