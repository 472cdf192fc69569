package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.FormulaReferences;
import dev.dtu.twins.google.sheets.model.formula.WrittenReference;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Applies a reference rule to formula cells; the effective value waits for the next recalculation. */
final class FormulaRewrites {
    private FormulaRewrites() {}

    /** Every formula on a sheet, with a rule made for that sheet. */
    static void rewrite(EditSheet sheet, UnaryOperator<WrittenReference> rule) {
        for (Map.Entry<CellKey, StoredCell> e : sheet.cells.entrySet()) {
            StoredCell rewritten = rewrite(e.getValue(), rule);
            if (rewritten != e.getValue()) {
                sheet.cells = sheet.cells.plus(e.getKey(), rewritten);
            }
        }
    }

    /** The cell with its formula's references rewritten, or the same cell when it holds no formula or nothing moved. */
    static StoredCell rewrite(StoredCell cell, UnaryOperator<WrittenReference> rule) {
        CellValueJson entered = cell.userEnteredValue();
        if (entered == null || entered.formulaValue() == null || !entered.formulaValue().startsWith("=")) {
            return cell;
        }
        String moved = FormulaReferences.rewrite(entered.formulaValue(), rule);
        return moved.equals(entered.formulaValue()) ? cell
                : cell.withValues(new CellValueJson(null, null, null, moved, null), cell.effectiveValue());
    }
}
