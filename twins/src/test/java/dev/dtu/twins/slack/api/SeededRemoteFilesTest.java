package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import org.junit.jupiter.api.Test;

/** A seed's remote files answer files.remote.* as if the app had added them (slack.app.remoteFiles). */
class SeededRemoteFilesTest {
    @Test
    void seededRemoteFilesAreListedAndFoundByExternalId() throws Exception {
        SlackFixture slack = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: [{id: peter, name: Peter Gibbons, email: peter@initech.example}]
                slack:
                  app:
                    remoteFiles: [{externalId: tps-1, externalUrl: "https://files.initech.example/tps-1", title: TPS report}]
                  channels: [{name: general, members: [peter, bot]}]
                  tokens:
                    bot: {scopes: [remote_files:read, remote_files:write, remote_files:share]}
                """));
        var list = slack.bot().filesRemoteList(r -> r);
        assertTrue(list.isOk(), list.getError());
        assertEquals(1, list.getFiles().size());
        var info = slack.bot().filesRemoteInfo(r -> r.externalId("tps-1"));
        assertEquals("TPS report", info.getFile().getTitle());
        assertEquals("already_exists", slack.bot().filesRemoteAdd(r -> r.externalId("tps-1")
                .externalUrl("https://x.example").title("again")).getError());
        assertTrue(slack.bot().filesRemoteShare(r -> r.externalId("tps-1")
                .channels(java.util.List.of(slack.channelId("general")))).isOk());
    }
}
