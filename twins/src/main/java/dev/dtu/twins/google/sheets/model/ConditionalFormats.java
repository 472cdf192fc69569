package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sheet's conditional format rules applied to a cell, for its {@code effectiveFormat} ("the results of applying any
 * conditional formatting", developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData). The first
 * boolean rule whose ranges hold the cell and whose condition is true gives its format; Sheets lets a rule set only
 * bold, italic, strikethrough, underline, the text colour and the background (BooleanRule.format). Conditions
 * evaluated: the number comparisons, the text ones, BLANK and NOT_BLANK with literal values; a rule with a formula
 * value, a CUSTOM_FORMULA or date condition, or a gradient formats no cell here.
 */
public final class ConditionalFormats {
    private static final List<String> TEXT_FORMAT = List.of("bold", "italic", "strikethrough", "underline",
            "foregroundColor", "foregroundColorStyle");
    private static final List<String> CELL_FORMAT = List.of("backgroundColor", "backgroundColorStyle");

    private ConditionalFormats() {}

    /** The format the first matching rule gives the cell at (row, column), if any. */
    public static Optional<JsonNode> formatAt(EditSheet sheet, int row, int column, CellValue value) {
        for (JsonNode rule : SheetExtras.list(sheet.extras.get(SheetObjects.CONDITIONAL_FORMATS))) {
            if (rule.has("booleanRule") && holds(rule.path("ranges"), sheet.sheetId(), row, column)
                    && matches(rule.path("booleanRule").path("condition"), value)) {
                return Optional.of(rule.path("booleanRule").path("format"));
            }
        }
        return Optional.empty();
    }

    /** The cell's effective format with the rule's format laid over it (only the fields a rule may set). */
    public static ObjectNode overlay(ObjectNode effective, JsonNode format) {
        for (String field : CELL_FORMAT) {
            if (format.has(field)) {
                effective.set(field, format.get(field).deepCopy());
            }
        }
        JsonNode text = format.path("textFormat");
        for (String field : TEXT_FORMAT) {
            if (text.has(field)) {
                JsonNode current = effective.get("textFormat");
                ObjectNode target = current instanceof ObjectNode o ? o : effective.putObject("textFormat");
                target.set(field, text.get(field).deepCopy());
            }
        }
        return effective;
    }

    private static boolean holds(JsonNode ranges, int sheetId, int row, int column) {
        for (JsonNode r : ranges) {
            if (r.path("sheetId").asInt(0) == sheetId && within(r, "RowIndex", row) && within(r, "ColumnIndex", column)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(JsonNode range, String axis, int index) {
        return index >= range.path("start" + axis).asInt(0) && index < range.path("end" + axis).asInt(Integer.MAX_VALUE);
    }

    static boolean matches(JsonNode condition, CellValue value) {
        List<String> args = condition.path("values").findValuesAsText("userEnteredValue");
        if (args.stream().anyMatch(a -> a.startsWith("="))) {
            return false;
        }
        String type = condition.path("type").asText("");
        return switch (type) {
            case "BLANK" -> value instanceof CellValue.Empty || text(value).isEmpty();
            case "NOT_BLANK" -> !(value instanceof CellValue.Empty || text(value).isEmpty());
            case "TEXT_CONTAINS" -> args.size() == 1 && lower(value).contains(args.get(0).toLowerCase(Locale.ROOT));
            case "TEXT_NOT_CONTAINS" -> args.size() == 1 && !lower(value).contains(args.get(0).toLowerCase(Locale.ROOT));
            case "TEXT_STARTS_WITH" -> args.size() == 1 && lower(value).startsWith(args.get(0).toLowerCase(Locale.ROOT));
            case "TEXT_ENDS_WITH" -> args.size() == 1 && lower(value).endsWith(args.get(0).toLowerCase(Locale.ROOT));
            case "TEXT_EQ" -> args.size() == 1 && lower(value).equals(args.get(0).toLowerCase(Locale.ROOT));
            default -> type.startsWith("NUMBER_") && number(type, value, args);
        };
    }

    private static boolean number(String type, CellValue value, List<String> args) {
        if (!(value instanceof CellValue.NumberValue n) || args.isEmpty()) {
            return false;
        }
        double[] a = new double[args.size()];
        for (int i = 0; i < a.length; i++) {
            try {
                a[i] = Double.parseDouble(args.get(i).trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        double v = n.value();
        return switch (type) {
            case "NUMBER_GREATER" -> v > a[0];
            case "NUMBER_GREATER_THAN_EQ" -> v >= a[0];
            case "NUMBER_LESS" -> v < a[0];
            case "NUMBER_LESS_THAN_EQ" -> v <= a[0];
            case "NUMBER_EQ" -> v == a[0];
            case "NUMBER_NOT_EQ" -> v != a[0];
            case "NUMBER_BETWEEN" -> a.length == 2 && v >= Math.min(a[0], a[1]) && v <= Math.max(a[0], a[1]);
            case "NUMBER_NOT_BETWEEN" -> a.length == 2 && (v < Math.min(a[0], a[1]) || v > Math.max(a[0], a[1]));
            default -> false;
        };
    }

    private static String lower(CellValue value) {
        return text(value).toLowerCase(Locale.ROOT);
    }

    private static String text(CellValue value) {
        return switch (value) {
            case CellValue.StringValue s -> s.value();
            case CellValue.NumberValue n -> n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15
                    ? Long.toString((long) n.value()) : Double.toString(n.value());
            case CellValue.BoolValue b -> b.value() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
