package dev.dtu.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.engine.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JsRuntimeTest {
    static final JsRuntime JS = new JsRuntime();
    /** A state of one twin with one kind, as a universe would offer it. */
    static final StateSource STATE = new StateSource() {
        @Override
        public List<String> twins() {
            return List.of("slack", "jira");
        }

        @Override
        public List<String> kinds(String twin) {
            return twin.equals("slack") ? List.of("messages") : List.of();
        }

        @Override
        public String json(String twin, String kind) {
            reads.incrementAndGet();
            return "{\"C1:1\":{\"text\":\"hi\"}}";
        }
    };
    static final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    static final JsRuntime.Inputs INPUTS = new JsRuntime.Inputs(STATE, "[{\"operation\":\"chat.postMessage\",\"status\":200}]",
            "{\"n\":3}", "{\"tickets\":{\"status\":200,\"body\":[1,2]}}");

    @AfterAll
    static void close() {
        JS.close();
    }

    @Test
    void expressionsAndFunctionBodiesSeeStateJournalVarsAndResponses() {
        List<JsRuntime.Outcome> out = JS.evaluate(List.of(
                "Object.values(state.slack.messages)[0].text == 'hi'",
                "journal.length + vars.n",
                "const t = responses.tickets.body;\nreturn t.length / 4;"), INPUTS);
        assertEquals(true, out.get(0).value());
        assertEquals(4.0, out.get(1).value());
        assertEquals(0.5, out.get(2).value());
    }

    @Test
    void theJournalIsBuiltOnlyWhenAScriptReadsIt() {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        JsRuntime.Inputs inputs = new JsRuntime.Inputs(STATE, () -> {
            built.incrementAndGet();
            return "[{\"status\":200},{\"status\":429}]";
        }, () -> "{\"n\":3}", () -> "{}");
        assertEquals(3.0, JS.evaluate(List.of("vars.n"), inputs).get(0).value());
        assertEquals(0, built.get(), "a condition on vars alone leaves the journal alone");
        assertEquals(true, JS.evaluate(List.of("journal.some(e => e.status == 429)"), inputs).get(0).value());
        assertEquals(true, JS.evaluate(List.of("arguments[1].length == 2"), inputs).get(0).value());
        assertEquals(1, built.get(), "built once, however many scripts read it");
    }

    @Test
    void statementsWithoutReturnAreABodyToo() {
        JsRuntime.Outcome out = JS.evaluate(List.of("const n = vars.n;\nif (n > 2) throw new Error('big ' + n);"), INPUTS).get(0);
        assertTrue(out.error().contains("big 3"), out.error());
    }

    @Test
    void stateIsReadKindByKindAndOnlyWhenUsed() {
        int before = reads.get();
        assertEquals(true, JS.evaluate(List.of("journal.length == 1"), INPUTS).get(0).value());
        assertEquals(before, reads.get(), "a script that does not read state costs no state");
        List<JsRuntime.Outcome> out = JS.evaluate(List.of(
                "Object.keys(state).join(',') + '|' + Object.keys(state.slack).join(',')",
                "state.jira.issues === undefined",
                "JSON.stringify(state.slack.messages)"), INPUTS);
        assertEquals("slack,jira|messages", out.get(0).value());
        assertEquals(true, out.get(1).value());
        assertEquals("{\"C1:1\":{\"text\":\"hi\"}}", out.get(2).value());
    }

    @Test
    void errorsAreOutcomesNotExceptions() {
        JsRuntime.Outcome out = JS.evaluate(List.of("vars.nothing.deeper"), INPUTS).get(0);
        assertNull(out.value());
        assertNotNull(out.error());
    }

    @Test
    void aRunawayScriptIsStopped() {
        JsRuntime.Outcome out = JS.evaluate(List.of("while (true) {} return 1;"), INPUTS).get(0);
        assertTrue(out.error().contains("statements"), out.error());
        assertEquals(true, JS.evaluate(List.of("true"), INPUTS).get(0).value(), "the context still works afterwards");
    }

    @Test
    void scriptsCannotReachTheHost() {
        JsRuntime.Outcome out = JS.evaluate(List.of("Java.type('java.lang.System').exit(1)"), INPUTS).get(0);
        assertNotNull(out.error());
    }

    @Test
    void compileCheckRejectsSyntaxErrors() {
        assertThrows(IllegalArgumentException.class, () -> JS.compileCheck("state.slack.("));
        JS.compileCheck("state.slack != null");
    }

    @Test
    void checkScoresTurnValuesIntoResults() {
        Scenario.Check check = new Scenario.Check("c", "x", 2.0);
        CheckResult yes = CheckScore.of(check, new JsRuntime.Outcome(true, null));
        assertEquals(1.0, yes.score());
        assertTrue(yes.passed());
        assertEquals(2.0, yes.weight());
        assertEquals(0.3, CheckScore.of(check, new JsRuntime.Outcome(0.3, null)).score());
        assertEquals(1.0, CheckScore.of(check, new JsRuntime.Outcome(7.0, null)).score(), "clamped to [0, 1]");
        CheckResult odd = CheckScore.of(check, new JsRuntime.Outcome("yes", null));
        assertEquals(false, odd.passed());
        assertTrue(odd.reason().contains("not a boolean"));
        assertTrue(CheckScore.of(check, new JsRuntime.Outcome(null, "boom")).reason().startsWith("the check threw"));
    }

    @Test
    void externalJudgeAnswersAreParsedStrictly() {
        CommandJudge.Answer a = CommandJudge.parse("{\"score\": 0.8, \"reason\": \"fine\", \"needsHuman\": true}\n");
        assertEquals(0.8, a.score());
        assertEquals("fine", a.reason());
        assertTrue(a.needsHuman());
        assertThrows(CommandJudge.JudgeFailure.class, () -> CommandJudge.parse("I think it is good"));
        assertThrows(CommandJudge.JudgeFailure.class, () -> CommandJudge.parse("{\"score\": 2}"));
        assertThrows(CommandJudge.JudgeFailure.class, () -> CommandJudge.parse("{\"reason\": \"no score\"}"));
    }
}
