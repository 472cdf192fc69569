package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;
import static dev.dtu.core.report.Markup.xmlChars;

import dev.dtu.core.verdict.FailureGroup;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Verdict;
import java.io.StringWriter;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * junit.xml (written with StAX): one test case per scenario, so CI shows which user stories are not yet satisfied. A scenario
 * that errored becomes an {@code <error>}; one below the threshold, unsettled or needing a human a
 * {@code <failure>} whose type is the scenario's verdict.
 */
public final class JUnitXmlReport {

    private static final String CLASS_NAME = "dtu.scenarios";

    private JUnitXmlReport() {
    }

    public static String render(SuiteSummary summary) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dtu");
            counts(xml, summary);
            line(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", CLASS_NAME);
            counts(xml, summary);
            writeProperties(xml, summary);
            if (!summary.errors().isEmpty()) {
                writeSuiteErrors(xml, summary);
            }
            for (ScenarioSummary scenario : summary.scenarios()) {
                writeTestCase(xml, scenario);
            }
            line(xml, 1);
            xml.writeEndElement();
            line(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write junit.xml", e);
        }
        return out.toString();
    }

    private static void counts(XMLStreamWriter xml, SuiteSummary summary) throws XMLStreamException {
        int tests = summary.scenarios().size() + (summary.errors().isEmpty() ? 0 : 1);
        long errors = summary.scenarios().stream().filter(s -> s.verdict() == Verdict.ERROR).count()
                + (summary.errors().isEmpty() ? 0 : 1);
        long failures = summary.scenarios().stream()
                .filter(s -> s.verdict() == Verdict.MORE_WORK || s.verdict() == Verdict.NEEDS_HUMAN).count();
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", Markup.seconds(summary.scenarios().stream().mapToLong(ScenarioSummary::durationMs).sum()));
    }

    /** A line break and indentation, so people can read the file too. */
    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void writeProperties(XMLStreamWriter xml, SuiteSummary summary) throws XMLStreamException {
        line(xml, 2);
        xml.writeStartElement("properties");
        property(xml, "verdict", summary.verdict().name());
        property(xml, "exitCode", String.valueOf(summary.exitCode()));
        property(xml, "satisfaction", decimal(summary.satisfaction(), 4));
        property(xml, "threshold", String.valueOf(summary.policy().threshold()));
        property(xml, "confidence", String.valueOf(summary.policy().confidence()));
        property(xml, "masterSeed", String.valueOf(summary.masterSeed()));
        line(xml, 2);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        line(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", xmlChars(name));
        xml.writeAttribute("value", xmlChars(value));
    }

    private static void writeSuiteErrors(XMLStreamWriter xml, SuiteSummary summary) throws XMLStreamException {
        line(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", "(suite)");
        xml.writeAttribute("time", "0.000");
        outcome(xml, "error", "ERROR", summary.errors().get(0), String.join("\n", summary.errors()));
        line(xml, 2);
        xml.writeEndElement();
    }

    private static void writeTestCase(XMLStreamWriter xml, ScenarioSummary scenario) throws XMLStreamException {
        line(xml, 2);
        boolean passed = scenario.verdict() == Verdict.CONVERGED;
        if (passed) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", xmlChars(scenario.id()));
        xml.writeAttribute("time", Markup.seconds(scenario.durationMs()));
        if (passed) {
            return;
        }
        outcome(xml, scenario.verdict() == Verdict.ERROR ? "error" : "failure", scenario.verdict().name(), message(scenario),
                details(scenario));
        line(xml, 2);
        xml.writeEndElement();
    }

    private static void outcome(XMLStreamWriter xml, String element, String type, String message, String text)
            throws XMLStreamException {
        line(xml, 3);
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        xml.writeAttribute("message", xmlChars(message));
        xml.writeCharacters(xmlChars(text));
        xml.writeEndElement();
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
