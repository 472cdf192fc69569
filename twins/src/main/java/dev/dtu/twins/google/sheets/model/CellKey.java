package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A cell's place in its sheet, ordered row by row; written as its A1 address ("B3"), as stored cells are keyed. */
public record CellKey(int row, int column) implements Comparable<CellKey> {

    /** Parses an A1 cell address. */
    @JsonCreator
    public static CellKey valueOf(String a1) {
        A1Range r = A1Range.parse(a1);
        return new CellKey(r.start().row(), r.start().column());
    }

    @Override
    public int compareTo(CellKey o) {
        return row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return ColumnLetters.toLetters(column) + (row + 1);
    }
}
