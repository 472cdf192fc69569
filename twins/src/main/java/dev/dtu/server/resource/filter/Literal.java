package dev.dtu.server.resource.filter;

import java.math.BigDecimal;
import java.util.Objects;

/** A comparison value: a JSON string, number, boolean or {@code null}. */
public sealed interface Literal {

    record Str(String value) implements Literal {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    record Num(BigDecimal value) implements Literal {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    record Bool(boolean value) implements Literal {
    }

    record Null() implements Literal {
    }

    static Literal of(String value) {
        return new Str(value);
    }

    static Literal of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Literal of(boolean value) {
        return new Bool(value);
    }
}
