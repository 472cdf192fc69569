package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints the canonical JQL of an AST: upper-case keywords, quotes only where needed. */
final class JqlPrinter {
    private JqlPrinter() {
    }

    static String print(JqlQuery query) {
        String where = query.where().map(JqlPrinter::clause).orElse("");
        if (query.orderBy().isEmpty()) {
            return where;
        }
        String order = "ORDER BY " + join(query.orderBy(), JqlPrinter::orderKey);
        return where.isEmpty() ? order : where + " " + order;
    }

    static String clause(Clause clause) {
        return switch (clause) {
            case And and -> and.clauses().stream().map(JqlPrinter::nested).collect(Collectors.joining(" AND "));
            case Or or -> or.clauses().stream().map(JqlPrinter::nested).collect(Collectors.joining(" OR "));
            case Not not -> "NOT " + nested(not.clause());
            case Terminal t -> terminal(t);
        };
    }

    private static String nested(Clause clause) {
        return clause instanceof And || clause instanceof Or ? "(" + clause(clause) + ")" : clause(clause);
    }

    private static String terminal(Terminal t) {
        StringBuilder out = new StringBuilder(field(t.field())).append(' ').append(t.operator().jql());
        if (t.operand() != null) {
            out.append(' ').append(operand(t.operand()));
        }
        for (HistoryPredicate p : t.predicates()) {
            out.append(' ').append(p.kind()).append(' ').append(operand(p.operand()));
        }
        return out.toString();
    }

    static String operand(Operand operand) {
        return switch (operand) {
            case Value v -> text(v.text());
            case Empty e -> "EMPTY";
            case FunctionCall f -> f.name() + "(" + join(f.args(), JqlPrinter::text) + ")";
            case ListOperand l -> "(" + join(l.items(), JqlPrinter::operand) + ")";
        };
    }

    static String field(String name) {
        return name.matches("cf\\[(0|[1-9][0-9]*)]") ? name : text(name);
    }

    private static String orderKey(OrderKey key) {
        String field = field(key.field());
        return key.direction() == OrderKey.Direction.DEFAULT ? field : field + " " + key.direction();
    }

    /** A value as written in JQL: bare when it reads back unchanged, otherwise double-quoted and escaped. */
    static String text(String text) {
        if (JqlWords.isPlainWord(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(escape(c));
        }
        return out.append('"').toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }

    private static <T> String join(List<T> items, Function<T, String> printer) {
        return items.stream().map(printer).collect(Collectors.joining(", "));
    }
}
