package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.CellValue.ErrorValue;
import dev.dtu.twins.google.sheets.model.ErrorType;

/** Carries an error value up to the cell; errors propagate through nearly every operation. */
final class FormulaError extends RuntimeException {
    private final ErrorValue error;

    FormulaError(ErrorValue error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    static FormulaError of(ErrorType type, String message) {
        return new FormulaError(CellValue.error(type, message));
    }

    ErrorValue error() {
        return error;
    }
}
