package dev.dtu.twins.google.sheets.model;

/**
 * The Sheets API CellData reduced to what values need: what the user entered, what it evaluates to,
 * the number format the user set and the one in effect (Google infers one for e.g. {@code =TODAY()}).
 */
public record CellData(ExtendedValue userEnteredValue, CellValue effectiveValue,
                       NumberFormat userEnteredFormat, NumberFormat effectiveFormat) {

    public static final CellData EMPTY = new CellData(CellValue.EMPTY, CellValue.EMPTY, null, null);

    /** A literal cell, whose effective value is the value itself. */
    public static CellData literal(CellValue value, NumberFormat format) {
        return new CellData(value, value, format, format);
    }

    public boolean isFormula() {
        return userEnteredValue instanceof ExtendedValue.FormulaValue;
    }

    public boolean isEmpty() {
        return userEnteredValue instanceof CellValue.Empty && userEnteredFormat == null;
    }

    public CellData withEffective(CellValue value, NumberFormat inferredFormat) {
        NumberFormat format = userEnteredFormat != null ? userEnteredFormat : inferredFormat;
        return new CellData(userEnteredValue, value, userEnteredFormat, format);
    }
}
