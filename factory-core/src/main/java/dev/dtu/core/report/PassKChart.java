package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;

import dev.dtu.core.stats.PassHatK;
import dev.dtu.core.stats.PassK;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import java.util.List;
import java.util.stream.Collectors;

/**
 * pass^k against k: one thin line per scenario, the suite's mean as a thick black line, and a legend below
 * naming each line with its pass^k at the largest k, so the chart reads without hovering.
 */
final class PassKChart {

    private static final int LEFT = 40;
    private static final int TOP = 24;
    private static final int LEGEND_ROW = 16;
    private static final int WIDTH = 420;
    private static final int HEIGHT = 220;

    private PassKChart() {
    }

    static String svg(SuiteSummary summary) {
        List<ScenarioSummary> scenarios = summary.scenarios();
        int legendTop = TOP + HEIGHT + 48;
        Svg svg = new Svg(LEFT + WIDTH + 20, legendTop + (scenarios.size() + 1) * LEGEND_ROW, "pass^k curves per scenario");
        axes(svg);
        for (int i = 0; i < scenarios.size(); i++) {
            curve(svg, scenarios.get(i).passHatK(), Svg.color(i), 1.5, scenarios.get(i).id());
        }
        curve(svg, summary.passHatK(), "#000", 3, "suite mean");
        legend(svg, legendTop, "#000", 3, "suite mean", summary.passHatK());
        for (int i = 0; i < scenarios.size(); i++) {
            legend(svg, legendTop + (i + 1) * LEGEND_ROW, Svg.color(i), 1.5, scenarios.get(i).id(), scenarios.get(i).passHatK());
        }
        return svg.end();
    }

    private static void curve(Svg svg, List<PassK> points, String color, double width, String label) {
        if (points.isEmpty()) {
            return;
        }
        String coordinates = points.stream()
                .map(point -> Svg.n(x(point.k())) + "," + Svg.n(y(point.value())))
                .collect(Collectors.joining(" "));
        svg.polyline(coordinates, color, width, label);
        points.forEach(point -> svg.circle(x(point.k()), y(point.value()), width + 1, color,
                label + ": pass^" + point.k() + " = " + decimal(point.value(), 3)));
    }

    private static void legend(Svg svg, double y, String color, double width, String label, List<PassK> points) {
        svg.line(LEFT, y - 4, LEFT + 24, y - 4, color, width, false);
        String last = points.isEmpty() ? "no trajectories"
                : "pass^" + points.getLast().k() + " = " + decimal(points.getLast().value(), 3);
        svg.text(LEFT + 30, y, label + " — " + last, "start");
    }

    private static void axes(Svg svg) {
        svg.text(LEFT - 6, TOP - 10, "pass^k", "start");
        svg.line(LEFT, TOP, LEFT, TOP + HEIGHT, "#888", 1, false);
        svg.line(LEFT, TOP + HEIGHT, LEFT + WIDTH, TOP + HEIGHT, "#888", 1, false);
        for (int k = 1; k <= PassHatK.MAX_K; k++) {
            svg.text(x(k), TOP + HEIGHT + 16, String.valueOf(k), "middle");
        }
        svg.text(LEFT + WIDTH / 2.0, TOP + HEIGHT + 34, "k", "middle");
        for (int tick = 0; tick <= 4; tick++) {
            svg.text(LEFT - 6, y(tick / 4.0) + 4, decimal(tick / 4.0, 2), "end");
            svg.line(LEFT, y(tick / 4.0), LEFT + WIDTH, y(tick / 4.0), "#eee", 1, false);
        }
    }

    private static double x(int k) {
        return LEFT + (k - 1) * WIDTH / (double) (PassHatK.MAX_K - 1);
    }

    private static double y(double value) {
        return TOP + (1.0 - value) * HEIGHT;
    }
}
