package dev.dtu.twins.jira.model.jql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * A parsed query as Jira's {@code jql/parse} writes it (the JqlQuery schema: compound clauses with their operator,
 * field-value, was and changed clauses, operands as value, values, function or keyword, and the ORDER BY fields).
 */
public final class JqlStructure {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JqlStructure() {}

    public static ObjectNode of(JqlQuery query) {
        ObjectNode out = F.objectNode();
        query.where().ifPresent(w -> out.set("where", clause(w)));
        if (!query.orderBy().isEmpty()) {
            ArrayNode fields = out.putObject("orderBy").putArray("fields");
            for (OrderKey k : query.orderBy()) {
                ObjectNode f = fields.addObject();
                f.putObject("field").put("name", k.field());
                if (k.direction() != OrderKey.Direction.DEFAULT) {
                    f.put("direction", k.direction().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static ObjectNode clause(Clause c) {
        return switch (c) {
            case Clause.And and -> compound("and", and.clauses());
            case Clause.Or or -> compound("or", or.clauses());
            case Clause.Not not -> compound("not", List.of(not.clause()));
            case Clause.Terminal t -> terminal(t);
        };
    }

    private static ObjectNode compound(String operator, List<Clause> clauses) {
        ObjectNode n = F.objectNode();
        ArrayNode list = n.putArray("clauses");
        clauses.forEach(c -> list.add(clause(c)));
        return n.put("operator", operator);
    }

    private static ObjectNode terminal(Clause.Terminal t) {
        ObjectNode n = F.objectNode();
        n.putObject("field").put("name", t.field());
        n.put("operator", t.operator().jql().toLowerCase(Locale.ROOT));
        if (t.operand() != null) {
            n.set("operand", operand(t.operand()));
        }
        if (!t.predicates().isEmpty()) {
            ArrayNode predicates = n.putArray("predicates");
            t.predicates().forEach(p -> {
                ObjectNode pn = predicates.addObject().put("operator", p.kind().name().toLowerCase(Locale.ROOT));
                pn.set("operand", operand(p.operand()));
            });
        }
        return n;
    }

    private static ObjectNode operand(Operand o) {
        return switch (o) {
            case Operand.Value v -> F.objectNode().put("value", v.text()).put("encodedValue", encoded(v.text()));
            case Operand.Empty e -> F.objectNode().put("keyword", "empty");
            case Operand.FunctionCall call -> {
                ObjectNode n = F.objectNode().put("function", call.name());
                ArrayNode args = n.putArray("arguments");
                call.args().forEach(args::add);
                yield n.put("encodedOperand", call.name() + "(" + String.join(", ", call.args()) + ")");
            }
            case Operand.ListOperand list -> {
                ObjectNode n = F.objectNode();
                ArrayNode values = n.putArray("values");
                list.items().forEach(i -> values.add(operand(i)));
                yield n;
            }
        };
    }

    /** A value as JQL would have to write it: quoted when it is not a plain word. */
    private static String encoded(String text) {
        return text.matches("[A-Za-z0-9_.-]+") && !JqlWords.isKeyword(text) ? text
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** JQL's reserved words (Jira lists them in autocomplete data). */
    public static List<String> reservedWords() {
        return JqlWords.RESERVED.stream().sorted().toList();
    }

    /** The functions the twin evaluates, as autocomplete data names them ("now()"). */
    public static List<String> functions() {
        return Functions.names();
    }

    /** The operators a field takes, as Jira spells them. */
    public static List<String> operators(JqlField field) {
        return java.util.Arrays.stream(Operator.values()).filter(op -> field.type().supports(op, field.history()))
                .map(Operator::jql).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
