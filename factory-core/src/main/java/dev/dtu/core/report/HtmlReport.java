package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;
import static dev.dtu.core.report.Markup.escape;

import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.FailureGroup;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import java.util.stream.Collectors;

/** report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched). */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
            th{background:#f5f5f5}.verdict{display:inline-block;padding:2px 10px;border-radius:4px;color:#fff}
            svg text{font:12px system-ui,sans-serif}pre{background:#f7f7f7;padding:6px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:12em;overflow:auto;margin:2px 0}
            table.exchanges{width:100%;table-layout:fixed}table.exchanges td{vertical-align:top}
            """;

    private HtmlReport() {
    }

    private static String body(String text) {
        return text == null || text.isEmpty() ? "" : "<pre>" + Markup.escapeText(TrajectoryNarrative.truncated(text)) + "</pre>";
    }

    public static String render(SuiteSummary summary) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>DTU report: ").append(summary.verdict()).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(html, summary);
        html.append("<h2>Satisfaction per scenario</h2>\n").append(SatisfactionChart.svg(summary));
        scenarioTable(html, summary);
        html.append("<h2>pass^k</h2>\n<p>The chance that k trajectories in a row all satisfy the user; a steep fall means flaky behaviour.</p>\n")
                .append(PassKChart.svg(summary));
        failureTable(html, summary);
        summary.scenarios().stream().filter(s -> s.smallestFailure() != null).forEach(s -> smallestFailure(html, s));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder html, SuiteSummary summary) {
        html.append("<h1>DTU report <span class=\"verdict\" style=\"background:").append(SatisfactionChart.fill(summary.verdict()))
                .append("\">").append(summary.verdict()).append(" (exit ").append(summary.exitCode()).append(")</span></h1>\n")
                .append("<p>Overall satisfaction <b>").append(decimal(summary.satisfaction(), 3)).append("</b>, threshold ")
                .append(decimal(summary.policy().threshold(), 3)).append(", ").append(Markup.percent(summary.policy().confidence()))
                .append(" intervals, ").append(summary.trajectories()).append(" trajectories, master seed ").append(summary.masterSeed())
                .append(".</p>\n")
                .append("<p>Each trajectory's steps, checks and exchanges in the web console: <code>./dtu console</code> ")
                .append("with this report's folder.</p>\n");
        if (!summary.reasons().isEmpty()) {
            html.append("<ul>\n");
            summary.reasons().forEach(reason -> html.append("<li>").append(escape(reason)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private static void scenarioTable(StringBuilder html, SuiteSummary summary) {
        html.append("<table>\n<tr><th>scenario</th><th>title</th><th>weight</th><th>n</th><th>satisfied</th>")
                .append("<th>satisfaction</th><th>interval</th><th>partial credit</th><th>verdict</th></tr>\n");
        for (ScenarioSummary s : summary.scenarios()) {
            html.append("<tr><td>").append(escape(s.id())).append("</td><td>").append(escape(s.title()))
                    .append("</td><td>").append(decimal(s.weight(), 2)).append("</td><td>").append(s.trajectories())
                    .append("</td><td>").append(s.satisfied()).append("</td><td>").append(decimal(s.satisfaction(), 3))
                    .append("</td><td>[").append(decimal(s.interval().lower(), 3)).append(", ").append(decimal(s.interval().upper(), 3))
                    .append("]</td><td>").append(decimal(s.meanScore(), 3)).append("</td><td>").append(s.verdict()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void failureTable(StringBuilder html, SuiteSummary summary) {
        html.append("<h2>Failures by check</h2>\n");
        if (summary.scenarios().stream().allMatch(s -> s.failureGroups().isEmpty())) {
            html.append("<p>No failing trajectories.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>scenario</th><th>check</th><th>trajectories</th><th>example seeds</th></tr>\n");
        for (ScenarioSummary s : summary.scenarios()) {
            for (FailureGroup group : s.failureGroups()) {
                html.append("<tr><td>").append(escape(s.id())).append("</td><td>").append(escape(group.check()))
                        .append("</td><td>").append(group.count()).append("</td><td>")
                        .append(group.exampleSeeds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static void smallestFailure(StringBuilder html, ScenarioSummary scenario) {
        TrajectoryResult t = scenario.smallestFailure();
        html.append("<h2>Smallest failing trajectory of ").append(escape(scenario.id())).append(": seed ").append(t.seed()).append("</h2>\n");
        if (t.harnessFailed()) {
            html.append("<p>The harness failed: ").append(escape(t.error())).append("</p>\n");
        }
        if (!t.vars().isEmpty()) {
            html.append("<p>Drawn variables:</p><table>\n");
            t.vars().forEach((name, value) -> html.append("<tr><td>").append(escape(name)).append("</td><td>")
                    .append(escape(value)).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        t.twinGaps().forEach(gap -> html.append("<p>Twin gap (the twin fell short, not necessarily the app): ")
                .append(escape(gap)).append("</p>\n"));
        t.failedChecks().forEach(check -> html.append("<p>Failed check <b>").append(escape(check.name())).append("</b>: ")
                .append(escape(check.reason())).append("</p>\n"));
        if (!t.steps().isEmpty()) {
            html.append(TimelineChart.svg(t));
        }
        if (!t.exchanges().isEmpty()) {
            html.append("<table class=\"exchanges\">\n<colgroup><col style=\"width:6em\"><col><col style=\"width:4em\"><col></colgroup>\n")
                    .append("<tr><th>twin</th><th>request</th><th>status</th><th>response</th></tr>\n");
            for (Exchange e : t.exchanges()) {
                html.append("<tr><td>").append(escape(e.twin())).append("</td><td>").append(escape(e.method() + " " + e.path()))
                        .append(body(e.requestBody())).append("</td><td>").append(e.status()).append("</td><td>")
                        .append(body(e.responseBody())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p>Replay:</p><pre>").append(Markup.escapeText(t.replayCommand())).append("</pre>\n");
    }
}
