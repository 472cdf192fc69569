package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.SerialDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** ROUND, and TODAY/NOW read from the evaluation's clock in its time zone. */
final class MathFunctions {
    private MathFunctions() {
    }

    static List<FormulaFunction> all() {
        return List.of(
                FormulaFunction.of("ROUND", 1, 2, MathFunctions::round),
                FormulaFunction.of("TODAY", 0, 0,
                        a -> AggregateFunctions.number(SerialDates.toSerial(LocalDate.now(a.context().clock())))),
                FormulaFunction.of("NOW", 0, 0,
                        a -> AggregateFunctions.number(SerialDates.toSerial(LocalDateTime.now(a.context().clock())))));
    }

    // Half away from zero on the decimal the user sees, so ROUND(2.675, 2) is 2.68 despite binary floating point.
    private static Operand round(Arguments arguments) {
        double value = arguments.number(0);
        int places = arguments.isPresent(1) ? (int) arguments.number(1) : 0;
        if (!Double.isFinite(value)) {
            return Operand.of(CellValue.number(value));
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value));
        return AggregateFunctions.number(decimal.setScale(Math.max(-400, Math.min(400, places)),
                RoundingMode.HALF_UP).doubleValue());
    }
}
