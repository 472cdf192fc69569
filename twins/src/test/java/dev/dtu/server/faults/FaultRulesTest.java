package dev.dtu.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultRulesTest {
    static final Set<String> TWINS = Set.of("slack", "okta", "jira", "google");

    static List<FaultRules.Problem> check(String yaml, boolean templates) {
        return FaultRules.check(Json.parseYaml(yaml), TWINS, templates);
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
        assertEquals(List.of(), check("[{twin: jira, operation: createIssue, method: POST, path: /rest/**, action: error,"
                + " status: 503, headers: {Retry-After: '1'}, probability: 0.2, count: 3},"
                + " {action: latency, latency: {distribution: uniform, minMs: 1, maxMs: 5}}]", false));
    }
}
