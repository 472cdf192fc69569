package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;

/**
 * One stored cell (the API's CellData): what the user entered, what it evaluates to, formatting,
 * data validation and note. {@code userEnteredFormat} is the API's CellFormat JSON, kept as given.
 */
public record StoredCell(CellValueJson userEnteredValue, CellValueJson effectiveValue, JsonNode userEnteredFormat,
                         NumberFormat effectiveNumberFormat, JsonNode dataValidation, String note) {

    public static final StoredCell EMPTY = new StoredCell(null, null, null, null, null, null);

    public boolean isEmpty() {
        return userEnteredValue == null && userEnteredFormat == null && dataValidation == null && note == null;
    }

    public boolean hasValue() {
        return userEnteredValue != null;
    }

    public NumberFormat numberFormat() {
        if (userEnteredFormat == null || !userEnteredFormat.has("numberFormat")) {
            return null;
        }
        JsonNode nf = userEnteredFormat.get("numberFormat");
        try {
            return NumberFormat.of(NumberFormat.Type.valueOf(nf.path("type").asText("NUMBER")), nf.path("pattern").asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The evaluator's view of this cell. */
    public CellData toCellData() {
        NumberFormat user = numberFormat();
        return new CellData(CellValueJson.toExtended(userEnteredValue), CellValueJson.toCellValue(effectiveValue),
                user, effectiveNumberFormat != null ? effectiveNumberFormat : user);
    }

    /** Stores an entered value; a literal is its own effective value, a formula waits for recalculation. */
    public StoredCell withEntered(ExtendedValue value, NumberFormat impliedFormat) {
        JsonNode format = userEnteredFormat;
        if (impliedFormat != null) {
            ObjectNode f = format == null ? Json.object() : ((ObjectNode) format).deepCopy();
            f.set("numberFormat", Json.tree(impliedFormat));
            format = f;
        }
        CellValueJson entered = CellValueJson.of(value);
        CellValueJson effective = value instanceof CellValue ? entered : null;
        return new StoredCell(entered, effective, format, null, dataValidation, note);
    }

    public StoredCell withValues(CellValueJson entered, CellValueJson effective) {
        return new StoredCell(entered, effective, userEnteredFormat, effectiveNumberFormat, dataValidation, note);
    }

    public StoredCell withEffective(CellValueJson effective, NumberFormat format) {
        return new StoredCell(userEnteredValue, effective, userEnteredFormat, format, dataValidation, note);
    }

    public StoredCell withFormat(JsonNode format) {
        return new StoredCell(userEnteredValue, effectiveValue, format, effectiveNumberFormat, dataValidation, note);
    }

    public StoredCell withDataValidation(JsonNode rule) {
        return new StoredCell(userEnteredValue, effectiveValue, userEnteredFormat, effectiveNumberFormat, rule, note);
    }

    public StoredCell withNote(String newNote) {
        return new StoredCell(userEnteredValue, effectiveValue, userEnteredFormat, effectiveNumberFormat, dataValidation,
                newNote);
    }
}
