package dev.dtu.core.report;

import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A Gantt-style timeline of one trajectory's steps, coloured by outcome. */
final class TimelineChart {

    private static final int LABEL_WIDTH = 260;
    private static final int PLOT_WIDTH = 460;
    private static final int ROW = 22;

    private TimelineChart() {
    }

    static String svg(TrajectoryResult trajectory) {
        List<StepRecord> steps = trajectory.steps();
        long end = Math.max(1, steps.stream().mapToLong(step -> step.startedAtMs() + step.durationMs()).max().orElse(1));
        int height = ROW * steps.size() + 24;
        Svg svg = new Svg(LABEL_WIDTH + PLOT_WIDTH + 20, height, "timeline of trajectory seed " + trajectory.seed());
        for (int i = 0; i < steps.size(); i++) {
            StepRecord step = steps.get(i);
            double top = ROW * i;
            svg.text(LABEL_WIDTH - 8, top + 15, shorten((step.index() + 1) + ". " + step.description()), "end");
            double x = LABEL_WIDTH + PLOT_WIDTH * step.startedAtMs() / (double) end;
            double width = PLOT_WIDTH * step.durationMs() / (double) end;
            svg.rect(x, top + 4, width, ROW - 8, color(step.outcome()),
                    step.description() + " (" + step.durationMs() + " ms) " + step.outcome() + " " + step.detail());
        }
        svg.text(LABEL_WIDTH, height - 6, "0 ms", "start");
        svg.text(LABEL_WIDTH + PLOT_WIDTH, height - 6, end + " ms", "end");
        return svg.end();
    }

    private static final Set<String> BAD = Set.of("fail", "failed", "failure", "error", "timeout", "crashed");
    private static final Set<String> GOOD = Set.of("ok", "pass", "passed", "success", "succeeded", "done");

    /** Red for a step whose outcome names a failure, green for one that names success, grey otherwise. */
    static String color(String outcome) {
        List<String> words = List.of(outcome.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        if (words.stream().anyMatch(BAD::contains)) {
            return "#e53935";
        }
        return words.stream().anyMatch(GOOD::contains) ? "#4caf50" : "#90a4ae";
    }

    private static String shorten(String label) {
        return label.length() <= 38 ? label : label.substring(0, 37) + "…";
    }
}
