package dev.dtu.twins.slack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import org.junit.jupiter.api.Test;

/** The seed's slack section: what it builds, and bad seeds failing with the field's path. */
class SlackSeedTest {
    private static final String PEOPLE = """
            company: {name: Initech, domain: initech.example}
            people:
              - {id: peter, name: Peter Gibbons, email: peter@initech.example}
              - {id: milton, name: Milton Waddams, email: milton@initech.example}
            """;

    private static State seed(String slack) {
        Tx tx = new Tx(State.EMPTY);
        SlackSeed.write(SeedDocument.of(Json.parseYaml(PEOPLE + slack)), tx);
        return tx.state();
    }

    private static SeedException bad(String slack) {
        return assertThrows(SeedException.class, () -> seed(slack));
    }

    @Test
    void buildsTeamMembersChannelsThreadsAndTokens() {
        State s = seed("""
                slack:
                  channels:
                    - name: general
                      members: everyone
                      messages:
                        - from: peter
                          text: hello
                          replies: [{from: milton, text: hi}]
                """);
        Team team = s.all(SlackKinds.TEAM).firstEntry().getValue();
        assertEquals("initech", team.domain());
        assertEquals("Initech", team.name());
        assertEquals(4, s.all(SlackKinds.USERS).size(), "two people, the bot user, Slackbot");
        Conversation general = s.all(SlackKinds.CONVERSATIONS).firstEntry().getValue();
        assertEquals(2, general.members().size());
        Message root = s.all(SlackKinds.MESSAGES).firstEntry().getValue();
        assertEquals(1, root.replyCount());
        assertEquals("1732488000.000000", root.ts());
        assertTrue(s.get(SlackKinds.TOKENS, "bot").orElseThrow().has("chat:write"));
        assertEquals(2, s.all(SlackKinds.TOKENS).size(), "the bot and the first person");
    }

    @Test
    void badSeedsNameTheField() {
        assertEquals("slack.channels[0].name", bad("slack: {channels: [{name: Bad Name}]}").field());
        assertEquals("slack.channels[0].members[1]",
                bad("slack: {channels: [{name: ok, members: [peter, nobody]}]}").field());
        assertEquals("slack.channels[1].name", bad("slack: {channels: [{name: a}, {name: a}]}").field());
        assertEquals("slack.channels[0].messages[0]",
                bad("slack: {channels: [{name: ok, messages: [{from: peter}]}]}").field());
        assertEquals("slack.app.eventRequestUrl", bad("slack: {app: {eventRequestUrl: ftp://x}}").field());
        assertEquals("slack.tokens.bot.scopes[0]", bad("slack: {tokens: {bot: {scopes: [\"NOT A SCOPE\"]}}}").field());
        SeedException unknown = bad("slack: {colour: blue}");
        assertEquals("slack", unknown.field());
        assertTrue(unknown.getMessage().contains("colour"), unknown.getMessage());
    }

    @Test
    void remoteFilesAreTheAppsAndSharedNowhere() {
        State s = seed("""
                slack:
                  app:
                    remoteFiles:
                      - {externalId: doc-1, externalUrl: "https://docs.example/1", title: Runbook, filetype: gdoc}
                """);
        var file = s.all(SlackKinds.REMOTE_FILES).firstEntry().getValue().body();
        assertEquals("doc-1", file.path("external_id").asText());
        assertEquals("Runbook", file.path("title").asText());
        assertEquals(s.get(SlackKinds.APP, AppConfig.ID).orElseThrow().botUserId(), file.path("user").asText());
        assertEquals(0, file.path("channels").size());
        assertEquals("slack.app.remoteFiles[1].externalId", bad("""
                slack: {app: {remoteFiles: [{externalId: a, externalUrl: "https://x", title: A},
                                            {externalId: a, externalUrl: "https://y", title: B}]}}
                """).field());
        assertTrue(bad("slack: {app: {remoteFiles: [{externalId: a, externalUrl: \"https://x\"}]}}")
                .field().startsWith("slack.app.remoteFiles[0]"));
    }
}
