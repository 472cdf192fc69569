package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;

/** Tells one trajectory in Markdown: its failed checks, its steps, its traffic, and how to replay it. */
final class TrajectoryNarrative {

    static final int MAX_BODY = 2_000;

    private TrajectoryNarrative() {
    }

    static void append(StringBuilder md, TrajectoryResult trajectory) {
        md.append("### Smallest failing trajectory: seed ").append(trajectory.seed()).append("\n\n");
        if (trajectory.harnessFailed()) {
            md.append("The harness failed: ").append(trajectory.error()).append("\n\n");
        } else {
            md.append("Score ").append(decimal(trajectory.score(), 3)).append(", ")
                    .append(count(trajectory.steps().size(), "step")).append(", ")
                    .append(count(trajectory.exchanges().size(), "request")).append(".\n\n");
        }
        appendVars(md, trajectory.vars());
        appendTwinGaps(md, trajectory.twinGaps());
        appendFailedChecks(md, trajectory.failedChecks());
        appendSteps(md, trajectory.steps());
        appendExchanges(md, trajectory.exchanges());
        md.append("**Replay:**\n\n").append(fenced("sh", trajectory.replayCommand()));
    }

    private static void appendVars(StringBuilder md, java.util.Map<String, String> vars) {
        if (vars.isEmpty()) {
            return;
        }
        md.append("**Drawn variables:**\n\n");
        vars.forEach((name, value) -> md.append("- `").append(name).append("` = ").append(inlineCode(value)).append('\n'));
        md.append('\n');
    }

    /** Inline code whose backtick run is longer than any inside, so the value shows as it is. */
    static String inlineCode(String value) {
        String fence = "`".repeat(longestBacktickRun(value) + 1);
        String pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
        return fence + pad + value.replace('\n', ' ') + pad + fence;
    }

    private static void appendTwinGaps(StringBuilder md, List<String> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        md.append("**Twin gaps** (the twin fell short here, not necessarily the app):\n\n");
        gaps.forEach(gap -> md.append("- ").append(gap).append('\n'));
        md.append('\n');
    }

    private static void appendFailedChecks(StringBuilder md, List<CheckResult> failed) {
        if (failed.isEmpty()) {
            return;
        }
        md.append("**Failed checks:**\n\n");
        for (CheckResult check : failed) {
            md.append("- `").append(check.name()).append("` scored ").append(decimal(check.score(), 2));
            if (check.judge() != null) {
                md.append(" by judge ").append(check.judge());
            }
            md.append(check.reason().isBlank() ? "" : ": " + check.reason()).append('\n');
        }
        md.append('\n');
    }

    private static void appendSteps(StringBuilder md, List<StepRecord> steps) {
        if (steps.isEmpty()) {
            return;
        }
        md.append("**What happened, step by step:**\n\n");
        for (StepRecord step : steps) {
            md.append(step.index() + 1).append(". ").append(step.description())
                    .append(" (at ").append(step.startedAtMs()).append(" ms, took ").append(step.durationMs()).append(" ms)");
            md.append(step.outcome().isBlank() ? "" : " → " + step.outcome());
            md.append(step.detail().isBlank() ? "" : ": " + step.detail()).append('\n');
        }
        md.append('\n');
    }

    private static void appendExchanges(StringBuilder md, List<Exchange> exchanges) {
        if (exchanges.isEmpty()) {
            return;
        }
        md.append("**The app's requests and the twins' answers:**\n\n");
        int number = 1;
        for (Exchange exchange : exchanges) {
            md.append(number++).append(". ").append(exchange.twin())
                    .append(exchange.operation().isBlank() ? "" : " " + exchange.operation())
                    .append(": `").append(exchange.method()).append(' ').append(exchange.path())
                    .append("` → ").append(exchange.status()).append("\n\n");
            appendBody(md, "request", exchange.requestBody());
            appendBody(md, "response", exchange.responseBody());
        }
    }

    private static void appendBody(StringBuilder md, String label, String body) {
        if (body.isBlank()) {
            return;
        }
        md.append("   ").append(label).append(":\n\n").append(fenced("", truncated(body)).indent(3)).append('\n');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String truncated(String body) {
        if (body.length() <= MAX_BODY) {
            return body;
        }
        return body.substring(0, MAX_BODY) + "\n… (" + (body.length() - MAX_BODY) + " more characters)";
    }

    /** A fenced code block whose fence is longer than any run of backticks inside, so nothing can close it early. */
    static String fenced(String language, String content) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
        return fence + language + "\n" + content + (content.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    private static int longestBacktickRun(String content) {
        int longestRun = 0;
        int run = 0;
        for (char c : content.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        return longestRun;
    }
}
