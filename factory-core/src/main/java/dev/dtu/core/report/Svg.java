package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;
import static dev.dtu.core.report.Markup.escape;

/** A few inline-SVG shapes; every text goes through escaping. */
final class Svg {

    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"};

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String label) {
        out.append("<svg role=\"img\" aria-label=\"").append(escape(label)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
    }

    static String color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(width, 0.5)))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\">");
        return tooltip(tooltip).raw("</rect>\n");
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
        return raw(dashed ? " stroke-dasharray=\"4 3\"/>\n" : "/>\n");
    }

    Svg text(double x, double y, String text, String anchor) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(escape(text)).append("</text>\n");
        return this;
    }

    Svg polyline(String points, String stroke, double width, String tooltip) {
        out.append("<polyline fill=\"none\" points=\"").append(points).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(width)).append("\">");
        return tooltip(tooltip).raw("</polyline>\n");
    }

    Svg circle(double x, double y, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\">");
        return tooltip(tooltip).raw("</circle>\n");
    }

    String end() {
        return out.append("</svg>\n").toString();
    }

    static String n(double value) {
        return decimal(value, 1);
    }

    private Svg tooltip(String tooltip) {
        if (tooltip != null && !tooltip.isEmpty()) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        return this;
    }

    private Svg raw(String markup) {
        out.append(markup);
        return this;
    }
}
