package dev.dtu.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRulesTest {
    static final Map<String, List<String>> TWINS = Map.of("slack", List.of("chat.postMessage", "chat.update"),
            "okta", List.of(), "jira", List.of("POST /rest/api/3/issue", "GET /rest/api/3/issue/{issueIdOrKey}"), "google", List.of());

    static List<FaultRules.Problem> check(String yaml, boolean templates) {
        return FaultRules.check(Json.parseYaml(yaml), TWINS, templates);
    }

    @Test
    void operationsAreTheTwinsOwnWithWhatWasMeant() {
        List<FaultRules.Problem> p = check("[{twin: slack, operation: chat.postMesage, action: drop},"
                + " {twin: jira, operation: 'POST /rest/api/3/issues', action: drop},"
                + " {operation: chat.updat, action: drop},"
                + " {twin: slack, operation: 'POST /rest/api/3/issue', action: drop},"
                + " {twin: okta, operation: anything, action: drop},"
                + " {twin: slack, operation: zzz, action: drop}]", false);
        assertEquals(List.of(
                new FaultRules.Problem("[0].operation", "'chat.postMesage' is not an operation of slack (did you mean 'chat.postMessage'?)"),
                new FaultRules.Problem("[1].operation", "'POST /rest/api/3/issues' is not an operation of jira (did you mean 'POST /rest/api/3/issue'?)"),
                new FaultRules.Problem("[2].operation", "'chat.updat' is not an operation of any twin (did you mean 'chat.update'?)"),
                new FaultRules.Problem("[3].operation", "'POST /rest/api/3/issue' is not an operation of slack (it is jira's)"),
                new FaultRules.Problem("[5].operation", "'zzz' is not an operation of slack")), p);
        assertEquals(List.of(), check("[{twin: slack, operation: \"${op}\", action: drop}]", true));
    }

    @Test
    void misspeltFieldsAreNamedWithWhatWasMeant() {
        List<FaultRules.Problem> p = check("[{twin: slack, operaton: chat.postMessage, action: drop, probabilty: 0.5}]", false);
        assertEquals(List.of(
                new FaultRules.Problem("[0].operaton", "unknown field 'operaton' (did you mean 'operation'?)"),
                new FaultRules.Problem("[0].probabilty", "unknown field 'probabilty' (did you mean 'probability'?)")), p);
    }

    @Test
    void twinsActionsAndValuesAreChecked() {
        List<FaultRules.Problem> p = check("[{twin: slak, action: drop}, {action: explode}, {action: error},"
                + " {action: latency}, {action: drop, probability: 1.5, count: -1, method: FETCH}]", false);
        List<String> paths = p.stream().map(FaultRules.Problem::path).toList();
        assertEquals(List.of("[0].twin", "[1].action", "[2].status", "[3].latency", "[4].method", "[4].probability", "[4].count"),
                paths, p.toString());
        assertTrue(p.get(0).message().contains("did you mean 'slack'"), p.get(0).message());
    }

    @Test
    void templatesAreNumbersOnlyWhereTheyWillBeFilledIn() {
        String rules = "[{twin: slack, action: rateLimit, retryAfterSeconds: \"${retryAfter}\", count: \"${n}\"}]";
        assertEquals(List.of(), check(rules, true));
        assertEquals(List.of("[0].count", "[0].retryAfterSeconds"),
                check(rules, false).stream().map(FaultRules.Problem::path).sorted().toList());
        assertEquals(List.of("[0].count"), check("[{action: drop, count: soon}]", true).stream().map(FaultRules.Problem::path).toList());
    }

    @Test
    void validRulesHaveNoProblems() {
        assertEquals(List.of(), check("[{twin: jira, operation: POST /rest/api/3/issue, method: POST, path: /rest/**, action: error,"
                + " status: 503, headers: {Retry-After: '1'}, probability: 0.2, count: 3},"
                + " {action: latency, latency: {distribution: uniform, minMs: 1, maxMs: 5}}]", false));
    }
}
