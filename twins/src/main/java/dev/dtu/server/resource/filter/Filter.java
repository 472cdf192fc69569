package dev.dtu.server.resource.filter;

import java.util.Objects;

/**
 * A parsed filter or search expression. {@code and} binds tighter than {@code or}; both group to the
 * left, so {@code a or b or c} is {@code Or(Or(a, b), c)}.
 */
public sealed interface Filter {

    record Or(Filter left, Filter right) implements Filter {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record And(Filter left, Filter right) implements Filter {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code not (operand)}; SCIM (RFC 7644 section 3.4.2.2) requires the parentheses. */
    record Not(Filter operand) implements Filter {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code path op value}, e.g. {@code profile.lastName eq "Smith"}. */
    record Comparison(String path, Operator operator, Literal value) implements Filter {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            if (operator == null || operator == Operator.PR) {
                throw new IllegalArgumentException("a comparison needs a binary operator, got " + operator);
            }
        }
    }

    /** {@code path pr}. */
    record Present(String path) implements Filter {
        public Present {
            Objects.requireNonNull(path, "path");
        }
    }

    /** The expression in Okta's syntax; {@link FilterParser#parse} reads it back to an equal filter. */
    default String print() {
        return FilterPrinter.print(this);
    }
}
