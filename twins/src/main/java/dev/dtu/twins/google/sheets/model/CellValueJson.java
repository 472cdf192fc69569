package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Sheets API ExtendedValue on the wire and in storage: exactly one of numberValue, stringValue,
 * boolValue, formulaValue or errorValue is set.
 */
public record CellValueJson(Double numberValue, String stringValue, Boolean boolValue, String formulaValue,
                            ErrorValueJson errorValue) {

    /** The API's ErrorValue: type ("DIVIDE_BY_ZERO") and message. */
    public record ErrorValueJson(String type, String message) {}

    public static CellValueJson of(ExtendedValue value) {
        return switch (value) {
            case ExtendedValue.FormulaValue f -> new CellValueJson(null, null, null, f.formula(), null);
            case CellValue.Empty e -> null;
            case CellValue.NumberValue n -> new CellValueJson(n.value(), null, null, null, null);
            case CellValue.StringValue s -> new CellValueJson(null, s.value(), null, null, null);
            case CellValue.BoolValue b -> new CellValueJson(null, null, b.value(), null, null);
            case CellValue.ErrorValue e -> new CellValueJson(null, null, null, null,
                    new ErrorValueJson(e.type().name(), e.message()));
        };
    }

    /** Reads a request's ExtendedValue; null when the node sets none of the fields. */
    public static CellValueJson read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (node.has("formulaValue")) {
            return new CellValueJson(null, null, null, node.get("formulaValue").asText(), null);
        }
        if (node.has("numberValue")) {
            return new CellValueJson(node.get("numberValue").asDouble(), null, null, null, null);
        }
        if (node.has("stringValue")) {
            return new CellValueJson(null, node.get("stringValue").asText(), null, null, null);
        }
        if (node.has("boolValue")) {
            return new CellValueJson(null, null, node.get("boolValue").asBoolean(), null, null);
        }
        return null;
    }

    public static ExtendedValue toExtended(CellValueJson json) {
        if (json == null) {
            return CellValue.EMPTY;
        }
        if (json.formulaValue != null) {
            return json.formulaValue.startsWith("=") ? ExtendedValue.formula(json.formulaValue)
                    : CellValue.string(json.formulaValue);
        }
        return toCellValue(json);
    }

    public static CellValue toCellValue(CellValueJson json) {
        if (json == null || json.formulaValue != null) {
            return CellValue.EMPTY;
        }
        if (json.numberValue != null) {
            return CellValue.number(json.numberValue);
        }
        if (json.stringValue != null) {
            return CellValue.string(json.stringValue);
        }
        if (json.boolValue != null) {
            return CellValue.bool(json.boolValue);
        }
        if (json.errorValue != null) {
            return CellValue.error(ErrorType.valueOf(json.errorValue.type), json.errorValue.message);
        }
        return CellValue.EMPTY;
    }
}
