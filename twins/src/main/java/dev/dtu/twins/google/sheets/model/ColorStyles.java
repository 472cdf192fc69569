package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Google keeps each CellFormat color and its ColorStyle twin in step: a format written with
 * {@code backgroundColor} reads back with {@code backgroundColorStyle.rgbColor} too, and the other way round
 * (the Sheets reference marks the plain colors deprecated in favour of the styles).
 */
final class ColorStyles {
    private ColorStyles() {}

    /** The format with each color and style paired; what the request wrote ({@code styleWritten}) wins. */
    static JsonNode paired(JsonNode format, boolean styleWritten) {
        if (format == null || !format.isObject()) {
            return format;
        }
        ObjectNode f = (ObjectNode) format;
        pair(f, "backgroundColor", styleWritten);
        if (f.path("textFormat").isObject()) {
            pair((ObjectNode) f.get("textFormat"), "foregroundColor", styleWritten);
        }
        if (f.path("borders").isObject()) {
            f.get("borders").forEach(b -> {
                if (b.isObject()) {
                    pair((ObjectNode) b, "color", styleWritten);
                }
            });
        }
        return f;
    }

    private static void pair(ObjectNode o, String color, boolean styleWins) {
        String style = color + "Style";
        boolean hasColor = o.path(color).isObject();
        boolean hasStyleRgb = o.path(style).path("rgbColor").isObject();
        if (hasColor && (!styleWins || !o.has(style))) {
            o.putObject(style).set("rgbColor", o.get(color).deepCopy());
        } else if (hasStyleRgb) {
            o.set(color, o.get(style).get("rgbColor").deepCopy());
        }
    }
}
