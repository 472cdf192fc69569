package dev.dtu.server.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Request;
import dev.dtu.twins.Twins;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A twin's operation names are what its operation() gives its served routes: the journal's and the metrics' names. */
class TwinOperationsTest {
    static final Map<String, Twin> TWINS = Twins.all().stream().collect(Collectors.toMap(Twin::name, Function.identity()));

    @Test
    void eachTwinListsTheNamesItsJournalUses() {
        assertTrue(TWINS.get("slack").operations().contains("chat.postMessage"), "Slack methods");
        assertTrue(TWINS.get("okta").operations().contains("createUser"), "Okta operationIds");
        assertTrue(TWINS.get("jira").operations().contains("POST /rest/api/3/issue"), "Jira's METHOD /template");
        assertTrue(TWINS.get("google").operations().contains("sheets.spreadsheets.batchUpdate"), "Google method ids, custom methods too");
    }

    @Test
    void slackNamesTheUrlsItHandsOutAndItsOAuthPagesToo() {
        List<String> slack = TWINS.get("slack").operations();

        assertTrue(slack.containsAll(List.of("response_url", "incoming_webhook", "file_upload", "file_download",
                "oauth.v2.authorize", "openid.connect.authorize", "openid.connect.keys")), slack.toString());
        assertFalse(slack.contains("unknown_method"));
    }

    @Test
    void theNamesAreWhatARealRequestIsJournalledAsAndNeverTheUnknownMarker() {
        for (Twin twin : TWINS.values()) {
            List<String> operations = twin.operations();
            assertFalse(operations.isEmpty(), twin.name());
            assertFalse(operations.contains(twin.operation(Request.of("GET", "/no/such/route"))), twin.name() + " lists its unknown marker");
            assertEquals(operations.stream().distinct().sorted().toList(), operations, twin.name() + ": sorted, once each");
        }
        assertTrue(TWINS.get("jira").operations().contains(TWINS.get("jira").operation(Request.of("GET", "/rest/api/3/issue/PROJ-1"))));
        assertTrue(TWINS.get("okta").operations().contains(TWINS.get("okta").operation(Request.of("GET", "/api/v1/users/00u1"))));
    }

    @Test
    void aTwinWithoutServedRoutesListsNothingSoNothingIsCheckedAgainstIt() {
        assertEquals(List.of(), new dev.dtu.server.testing.NotesTwin().operations());
    }
}
