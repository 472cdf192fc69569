package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.List;

/**
 * VLOOKUP(search_key, range, index, [is_sorted]). is_sorted defaults to TRUE: the last row whose key
 * is at most the search key, scanning keys of the search key's kind until one is larger.
 */
final class LookupFunctions {
    private LookupFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(FormulaFunction.of("VLOOKUP", 3, 4, LookupFunctions::vlookup));
    }

    private static Operand vlookup(Arguments arguments) {
        CellValue key = arguments.scalar(0);
        Operand.Range range = arguments.range(1);
        int column = (int) arguments.number(2);
        boolean sorted = !arguments.isPresent(3) || arguments.bool(3);
        if (column < 1) {
            throw FormulaError.of(ErrorType.VALUE, "Function VLOOKUP parameter 3 value is " + column
                    + ". It should be greater than or equal to 1.");
        }
        if (column > range.columns()) {
            throw FormulaError.of(ErrorType.REF, "VLOOKUP evaluates to an out of bounds range.");
        }
        int row = sorted ? approximateRow(range, key) : exactRow(range, key);
        if (row < 0) {
            throw FormulaError.of(ErrorType.N_A, "Did not find value '" + Coercion.toText(key)
                    + "' in VLOOKUP evaluation.");
        }
        return Operand.of(range.get(row, column - 1));
    }

    private static int exactRow(Operand.Range range, CellValue key) {
        for (int r = 0; r < range.rows(); r++) {
            CellValue candidate = range.get(r, 0);
            if (comparable(candidate, key) && Comparison.compare(candidate, key) == 0) {
                return r;
            }
        }
        return -1;
    }

    private static int approximateRow(Operand.Range range, CellValue key) {
        int found = -1;
        for (int r = 0; r < range.rows(); r++) {
            CellValue candidate = range.get(r, 0);
            if (!comparable(candidate, key)) {
                continue;
            }
            if (Comparison.compare(candidate, key) > 0) {
                break;
            }
            found = r;
        }
        return found;
    }

    private static boolean comparable(CellValue candidate, CellValue key) {
        return !(candidate instanceof CellValue.Empty) && !(candidate instanceof CellValue.ErrorValue)
                && Comparison.sameKind(candidate, key);
    }
}
