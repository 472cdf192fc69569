package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;
import static dev.dtu.core.report.Markup.escape;
import static dev.dtu.core.report.Markup.escapeText;

import dev.dtu.core.verdict.FailureGroup;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Verdict;
import java.util.stream.Collectors;

/**
 * junit.xml: one test case per scenario, so CI shows which user stories are not yet satisfied. A scenario
 * that errored becomes an {@code <error>}; one below the threshold, unsettled or needing a human a
 * {@code <failure>} whose type is the scenario's verdict.
 */
public final class JUnitXmlReport {

    private static final String CLASS_NAME = "dtu.scenarios";

    private JUnitXmlReport() {
    }

    public static String render(SuiteSummary summary) {
        int tests = summary.scenarios().size() + (summary.errors().isEmpty() ? 0 : 1);
        long errors = summary.scenarios().stream().filter(s -> s.verdict() == Verdict.ERROR).count()
                + (summary.errors().isEmpty() ? 0 : 1);
        long failures = summary.scenarios().stream()
                .filter(s -> s.verdict() == Verdict.MORE_WORK || s.verdict() == Verdict.NEEDS_HUMAN).count();
        String time = Markup.seconds(summary.scenarios().stream().mapToLong(ScenarioSummary::durationMs).sum());
        String counts = "tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"" + time + "\"";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"dtu\" ").append(counts).append(">\n");
        xml.append("  <testsuite name=\"").append(CLASS_NAME).append("\" ").append(counts).append(">\n");
        appendProperties(xml, summary);
        if (!summary.errors().isEmpty()) {
            appendSuiteErrors(xml, summary);
        }
        summary.scenarios().forEach(scenario -> appendTestCase(xml, scenario));
        return xml.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static void appendProperties(StringBuilder xml, SuiteSummary summary) {
        xml.append("    <properties>\n");
        property(xml, "verdict", summary.verdict().name());
        property(xml, "exitCode", String.valueOf(summary.exitCode()));
        property(xml, "satisfaction", decimal(summary.satisfaction(), 4));
        property(xml, "threshold", String.valueOf(summary.policy().threshold()));
        property(xml, "confidence", String.valueOf(summary.policy().confidence()));
        property(xml, "masterSeed", String.valueOf(summary.masterSeed()));
        xml.append("    </properties>\n");
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(escape(name)).append("\" value=\"").append(escape(value)).append("\"/>\n");
    }

    private static void appendSuiteErrors(StringBuilder xml, SuiteSummary summary) {
        String errors = String.join("\n", summary.errors());
        xml.append("    <testcase classname=\"").append(CLASS_NAME).append("\" name=\"(suite)\" time=\"0.000\">\n")
                .append("      <error type=\"ERROR\" message=\"").append(escape(summary.errors().get(0))).append("\">")
                .append(escapeText(errors)).append("</error>\n")
                .append("    </testcase>\n");
    }

    private static void appendTestCase(StringBuilder xml, ScenarioSummary scenario) {
        xml.append("    <testcase classname=\"").append(CLASS_NAME).append("\" name=\"").append(escape(scenario.id()))
                .append("\" time=\"").append(Markup.seconds(scenario.durationMs())).append("\"");
        if (scenario.verdict() == Verdict.CONVERGED) {
            xml.append("/>\n");
            return;
        }
        String element = scenario.verdict() == Verdict.ERROR ? "error" : "failure";
        xml.append(">\n      <").append(element).append(" type=\"").append(scenario.verdict().name())
                .append("\" message=\"").append(escape(message(scenario))).append("\">")
                .append(escapeText(details(scenario)))
                .append("</").append(element).append(">\n    </testcase>\n");
    }

    /** One line with everything a CI summary shows: satisfaction, interval, failed checks, how to replay. */
    static String message(ScenarioSummary scenario) {
        String checks = scenario.failureGroups().stream()
                .map(group -> group.check() + " (" + group.count() + ")")
                .collect(Collectors.joining(", "));
        String replay = scenario.smallestFailure() == null ? "" : scenario.smallestFailure().replayCommand();
        return scenario.verdictReason()
                + (checks.isEmpty() ? "" : "; failed checks: " + checks)
                + (replay.isEmpty() ? "" : "; replay: " + replay);
    }

    private static String details(ScenarioSummary scenario) {
        StringBuilder text = new StringBuilder(scenario.title()).append('\n').append(scenario.verdictReason()).append('\n');
        for (FailureGroup group : scenario.failureGroups()) {
            text.append("failed check ").append(group.check()).append(": ").append(group.count())
                    .append(" trajectories, e.g. seeds ").append(group.exampleSeeds()).append('\n');
        }
        scenario.humanReviews().forEach(review ->
                text.append("needs a human (seed ").append(review.seed()).append("): ").append(review.reason()).append('\n'));
        if (scenario.smallestFailure() != null) {
            text.append("smallest failing trajectory: seed ").append(scenario.smallestFailure().seed()).append('\n');
            scenario.smallestFailure().failedChecks().forEach(check ->
                    text.append("  ").append(check.name()).append(": ").append(check.reason()).append('\n'));
            text.append("replay: ").append(scenario.smallestFailure().replayCommand()).append('\n');
        }
        return text.toString();
    }
}
