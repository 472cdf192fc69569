package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(\\bsrc\\s*=|\\bhref\\s*=|<link|<script|<iframe|<img|@import|url\\s*\\()");

    private final String html = HtmlReport.render(SampleRuns.summary());

    @Test
    void isOneSelfContainedPage() {
        assertFalse(EXTERNAL.matcher(html).find(), () -> "external reference: " + EXTERNAL.matcher(html).results().findFirst().get().group());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("http"), "no URLs at all");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<code>./dtu console</code> with this report's folder"), "points at the console");
        assertTrue(html.trim().endsWith("</html>"));
    }

    @Test
    void drawsTheFourCharts() {
        assertTrue(html.contains("aria-label=\"satisfaction per scenario with confidence intervals\""));
        assertTrue(html.contains("aria-label=\"pass^k curves per scenario\""));
        assertTrue(html.contains(">suite mean — pass^"), "the legend names the suite's line with its last value");
        SampleRuns.summary().scenarios().forEach(sc -> assertTrue(html.contains(">" + sc.id() + " — "), "the legend names " + sc.id()));
        assertTrue(html.contains("aria-label=\"timeline of trajectory seed 5\""));
        assertTrue(html.contains("<h2>Failures by check</h2>"));
        assertTrue(html.contains("<td>bug-posted-to-ops</td><td>6</td>"), html);
        assertEquals(3, count("<svg ", html));
        assertEquals(count("<svg ", html), count("</svg>", html));
    }

    @Test
    void escapesEverythingItQuotes() {
        assertFalse(html.contains(SampleRuns.NASTY));
        assertFalse(html.contains("<b>\"quotes\""));
        assertTrue(html.contains("&lt;b&gt;&quot;quotes&quot; &amp; &#39;apostrophes&#39;&lt;/b&gt;"));
    }

    @Test
    void timelineColoursStepsByTheirOutcome() {
        assertEquals("#e53935", TimelineChart.color("FAILED: 500 from jira"));
        assertEquals("#4caf50", TimelineChart.color("ok"));
        assertEquals("#90a4ae", TimelineChart.color("broken-ish"), "no substring matches: 'broken' is not 'ok'");
        assertTrue(html.contains("fill=\"#e53935\"><title>step 0: user posts in #ops"), "the failing step is red");
    }

    @Property(tries = 30)
    void neverReferencesAnythingOutsideThePage(@ForAll("suites") List<TrajectoryResult> results) {
        SuiteSummary summary = Summarizer.summarize(new SuiteRun(List.of(), results, List.of(), VerdictPolicy.DEFAULT, 3, Shard.WHOLE));
        String page = HtmlReport.render(summary);
        assertFalse(EXTERNAL.matcher(page).find());
        assertEquals(count("<svg ", page), count("</svg>", page));
    }

    @Provide
    Arbitrary<List<TrajectoryResult>> suites() {
        return Trajectories.suites(3, 12);
    }

    private static int count(String needle, String haystack) {
        return haystack.split(Pattern.quote(needle), -1).length - 1;
    }
}
