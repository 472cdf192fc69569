package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.ErrorType;
import java.util.List;

/** The formula syntax tree. */
sealed interface Expr {

    record NumberLiteral(double value) implements Expr {
    }

    record TextLiteral(String value) implements Expr {
    }

    record BooleanLiteral(boolean value) implements Expr {
    }

    record ErrorLiteral(ErrorType type) implements Expr {
    }

    /** An omitted function argument, as in {@code IF(A1,,2)}. */
    record Blank() implements Expr {
    }

    record Reference(A1Range range) implements Expr {
    }

    /** A named range. */
    record Name(String name) implements Expr {
    }

    record Unary(String operator, Expr operand) implements Expr {
    }

    record Percent(Expr operand) implements Expr {
    }

    record Binary(String operator, Expr left, Expr right) implements Expr {
    }

    record Call(String function, List<Expr> arguments) implements Expr {
    }
}
