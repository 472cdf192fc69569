package dev.dtu.twins.jira.model.jql;

import java.util.List;
import java.util.Objects;

/** The right-hand side of a clause. */
public sealed interface Operand {

    /** A literal value; quoted and unquoted spellings of the same text are the same value. */
    record Value(String text) implements Operand {
        public Value {
            Objects.requireNonNull(text);
        }
    }

    /** {@code EMPTY} or {@code NULL}, which Jira treats alike. */
    record Empty() implements Operand {
    }

    /** A function call such as {@code startOfDay(-1d)}; arguments are plain strings. */
    record FunctionCall(String name, List<String> args) implements Operand {
        public FunctionCall {
            Objects.requireNonNull(name);
            args = List.copyOf(args);
        }
    }

    /** A parenthesised list of values, functions or EMPTY. */
    record ListOperand(List<Operand> items) implements Operand {
        public ListOperand {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list operand needs at least one item");
            }
        }
    }
}
