package dev.dtu.twins.jira.model.jql;

import java.util.List;
import java.util.Objects;

/** The where part of a JQL query. */
public sealed interface Clause {

    record And(List<Clause> clauses) implements Clause {
        public And {
            clauses = atLeastTwo(clauses);
        }
    }

    record Or(List<Clause> clauses) implements Clause {
        public Or {
            clauses = atLeastTwo(clauses);
        }
    }

    record Not(Clause clause) implements Clause {
        public Not {
            Objects.requireNonNull(clause);
        }
    }

    /**
     * {@code field operator operand}, plus history predicates for WAS and CHANGED. The operand is
     * absent (null) only for CHANGED.
     */
    record Terminal(String field, Operator operator, Operand operand, List<HistoryPredicate> predicates)
            implements Clause {
        public Terminal {
            Objects.requireNonNull(field);
            Objects.requireNonNull(operator);
            predicates = List.copyOf(predicates);
            if ((operand == null) != (operator == Operator.CHANGED)) {
                throw new IllegalArgumentException("only CHANGED has no operand");
            }
            if (!predicates.isEmpty() && !operator.isHistory()) {
                throw new IllegalArgumentException("predicates need WAS or CHANGED");
            }
        }

        public Terminal(String field, Operator operator, Operand operand) {
            this(field, operator, operand, List.of());
        }
    }

    private static List<Clause> atLeastTwo(List<Clause> clauses) {
        if (clauses.size() < 2) {
            throw new IllegalArgumentException("AND/OR need at least two clauses");
        }
        return List.copyOf(clauses);
    }
}
