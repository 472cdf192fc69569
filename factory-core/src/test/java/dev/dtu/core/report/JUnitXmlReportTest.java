package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

    @Test
    void oneTestCasePerScenarioAndTheFailingOneSaysWhy() throws Exception {
        SuiteSummary summary = SampleRuns.summary();
        Document xml = parse(JUnitXmlReport.render(summary));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element login = (Element) cases.item(0);
        Element triage = (Element) cases.item(1);
        assertEquals("login", login.getAttribute("name"));
        assertEquals(0, login.getElementsByTagName("failure").getLength());
        Element failure = (Element) triage.getElementsByTagName("failure").item(0);
        String message = failure.getAttribute("message");
        assertTrue(message.contains("satisfaction 0.400"), message);
        assertTrue(message.contains("interval ["), message);
        assertTrue(message.contains("bug-posted-to-ops (6)"), message);
        assertTrue(message.contains("replay: ./dtu run --scenario triage --seed 5 --out \"/tmp/a b\""), message);
        assertEquals("MORE_WORK", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("<b>\"quotes\" & 'apostrophes'</b> ]]>"), failure.getTextContent());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
    }

    @Test
    void suiteErrorsAndHarnessErrorsBecomeErrorElements() throws Exception {
        List<TrajectoryResult> results = List.of(TrajectoryResult.harnessError("login", 1, "app would not start", "./dtu run --seed 1"));
        SuiteSummary summary = Summarizer.summarize(new SuiteRun(List.of(), results, List.of("scenario x.yaml is invalid"),
                VerdictPolicy.DEFAULT, 1, Shard.WHOLE));
        Document xml = parse(JUnitXmlReport.render(summary));
        assertEquals(2, xml.getElementsByTagName("error").getLength());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("errors"));
        assertTrue(xml.getElementsByTagName("error").item(1).getAttributes().getNamedItem("message").getNodeValue()
                .contains("replay: ./dtu run --seed 1"));
    }

    @Property(tries = 40)
    void alwaysWellFormedWithOneCasePerScenario(@ForAll("suites") List<TrajectoryResult> results) throws Exception {
        SuiteSummary summary = Summarizer.summarize(new SuiteRun(List.of(), results, List.of(), VerdictPolicy.DEFAULT, 3, Shard.WHOLE));
        Document xml = parse(JUnitXmlReport.render(summary));
        assertEquals(summary.scenarios().size(), xml.getElementsByTagName("testcase").getLength());
    }

    @Provide
    Arbitrary<List<TrajectoryResult>> suites() {
        return Trajectories.suites(3, 12);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
