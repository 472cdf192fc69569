package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;

import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Verdict;
import java.util.List;

/** Horizontal bars of satisfaction per scenario, with interval whiskers and the threshold as a dashed line. */
final class SatisfactionChart {

    private static final int LABEL_WIDTH = 220;
    private static final int PLOT_WIDTH = 480;
    private static final int ROW = 28;
    private static final int TOP = 10;
    private static final int AXIS = 30;

    private SatisfactionChart() {
    }

    static String svg(SuiteSummary summary) {
        List<ScenarioSummary> scenarios = summary.scenarios();
        int height = TOP + ROW * scenarios.size() + AXIS;
        Svg svg = new Svg(LABEL_WIDTH + PLOT_WIDTH + 40, height, "satisfaction per scenario with confidence intervals");
        for (int i = 0; i < scenarios.size(); i++) {
            row(svg, scenarios.get(i), TOP + ROW * i);
        }
        double thresholdX = x(summary.policy().threshold());
        svg.line(thresholdX, TOP - 5, thresholdX, height - AXIS + 5, "#444", 1.5, true);
        axis(svg, height - AXIS);
        return svg.end();
    }

    private static void row(Svg svg, ScenarioSummary scenario, int top) {
        double middle = top + ROW / 2.0;
        svg.text(LABEL_WIDTH - 8, middle + 4, scenario.id(), "end");
        String tooltip = scenario.id() + ": " + decimal(scenario.satisfaction(), 3) + " [" + decimal(scenario.interval().lower(), 3)
                + ", " + decimal(scenario.interval().upper(), 3) + "], n=" + scenario.trajectories() + ", " + scenario.verdict();
        svg.rect(x(0), top + 6, x(scenario.satisfaction()) - x(0), ROW - 12, fill(scenario.verdict()), tooltip);
        double lower = x(scenario.interval().lower());
        double upper = x(scenario.interval().upper());
        svg.line(lower, middle, upper, middle, "#111", 1.5, false);
        svg.line(lower, middle - 6, lower, middle + 6, "#111", 1.5, false);
        svg.line(upper, middle - 6, upper, middle + 6, "#111", 1.5, false);
    }

    private static void axis(Svg svg, int y) {
        svg.line(x(0), y, x(1), y, "#888", 1, false);
        for (int tick = 0; tick <= 10; tick += 2) {
            svg.line(x(tick / 10.0), y, x(tick / 10.0), y + 4, "#888", 1, false);
            svg.text(x(tick / 10.0), y + 16, decimal(tick / 10.0, 1), "middle");
        }
    }

    private static double x(double fraction) {
        return LABEL_WIDTH + fraction * PLOT_WIDTH;
    }

    static String fill(Verdict verdict) {
        return switch (verdict) {
            case CONVERGED -> "#4caf50";
            case MORE_WORK -> "#ff9800";
            case NEEDS_HUMAN -> "#9c27b0";
            case ERROR -> "#e53935";
        };
    }
}
