package dev.dtu.twins.google.sheets.model;

/** One cell of a workbook, 0-based. */
public record CellAddress(int sheetId, int row, int column) {
}
