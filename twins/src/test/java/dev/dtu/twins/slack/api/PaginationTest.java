package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import dev.dtu.twins.slack.SlackFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cursor pagination the way SDK users write it (the Java SDK has no paginator: callers loop on
 * response_metadata.next_cursor until it is empty).
 */
class PaginationTest {
    static SlackFixture slack;
    static MethodsClient bot;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        bot = slack.bot();
    }

    @Test
    void usersListPagesCoverEveryoneOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            var page = bot.usersList(r -> r.limit(3).cursor(c));
            assertTrue(page.isOk(), page.getError());
            page.getMembers().stream().map(User::getId).forEach(ids::add);
            cursor = page.getResponseMetadata().getNextCursor();
            pages++;
        } while (!cursor.isEmpty());
        assertEquals(3, pages);
        assertEquals(8, ids.size());
        assertEquals(ids.stream().distinct().sorted().toList(), ids);
    }

    @Test
    void historyPagesAreStableWhileOthersPost() throws Exception {
        String channel = bot.conversationsCreate(r -> r.name("paging")).getChannel().getId();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            posted.add(bot.chatPostMessage(r -> r.channel(channel).text("m" + n)).getTs());
        }
        var first = bot.conversationsHistory(r -> r.channel(channel).limit(3));
        assertTrue(first.isHasMore());
        String cursor = first.getResponseMetadata().getNextCursor();
        bot.chatPostMessage(r -> r.channel(channel).text("newer, arrives between pages"));

        List<String> seen = new ArrayList<>(first.getMessages().stream().map(Message::getTs).toList());
        while (!cursor.isEmpty()) {
            String c = cursor;
            var page = bot.conversationsHistory(r -> r.channel(channel).limit(3).cursor(c));
            page.getMessages().forEach(m -> seen.add(m.getTs()));
            cursor = page.getResponseMetadata().getNextCursor();
        }
        assertEquals(posted.reversed(), seen, "no message skipped or repeated");
    }

    @Test
    void conversationsListAndMembersPages() throws Exception {
        var first = bot.conversationsList(r -> r.limit(2));
        assertEquals(2, first.getChannels().size());
        String next = first.getResponseMetadata().getNextCursor();
        var second = bot.conversationsList(r -> r.limit(2).cursor(next));
        assertTrue(second.getChannels().get(0).getId().compareTo(first.getChannels().get(1).getId()) > 0);

        String general = slack.channelId("general");
        var members = bot.conversationsMembers(r -> r.channel(general).limit(4));
        assertEquals(4, members.getMembers().size());
        assertTrue(!members.getResponseMetadata().getNextCursor().isEmpty());
    }

    @Test
    void badCursorsAreInvalidCursor() throws Exception {
        assertEquals("invalid_cursor", bot.usersList(r -> r.cursor("not base64!")).getError());
        assertEquals("invalid_cursor", bot.conversationsList(r -> r.cursor("dXNlcjpVMDYxTkZUVDI=")).getError(),
                "a users.list cursor is not a conversations.list cursor");
    }
}
