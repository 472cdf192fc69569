package dev.dtu.twins.google.sheets.model;

/** The Sheets API ExtendedValue: a literal value or a formula, as the user entered it. */
public sealed interface ExtendedValue permits CellValue, ExtendedValue.FormulaValue {

    /** @param formula the formula text including the leading {@code =} */
    record FormulaValue(String formula) implements ExtendedValue {
        public FormulaValue {
            if (!formula.startsWith("=")) {
                throw new IllegalArgumentException("a formula starts with '=': " + formula);
            }
        }
    }

    static FormulaValue formula(String formula) {
        return new FormulaValue(formula);
    }
}
