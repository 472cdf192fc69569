package dev.dtu.twins.jira.model.expr;

import dev.dtu.twins.jira.model.expr.Expression.*;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a Jira expression over its context variables. Values are {@code null}, {@link Boolean},
 * {@link BigDecimal}, {@link String}, {@link List}, {@link Map} (JSON objects: a missing key is null) and
 * {@link Bean}s (Jira's typed objects: an unknown property is an error, as Jira reports it). At most
 * {@link #MAX_STEPS} nodes are evaluated ("steps" in Jira's complexity limits).
 */
public final class Evaluator {
    public static final int MAX_STEPS = 10_000;

    /** A Jira object of a named type ("Issue", "User", "Project") with its properties. */
    public record Bean(String type, Map<String, Object> properties) {}

    /** A failed evaluation, worded as Jira words the part after "Evaluation failed: ... - ". */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }

    private record Lambda(Arrow arrow, Map<String, Object> scope) {}

    private final Map<String, Object> variables;
    private int steps;

    private Evaluator(Map<String, Object> variables) {
        this.variables = variables;
    }

    /** The value and the number of steps it took. */
    public record Result(Object value, int steps) {}

    public static Result evaluate(Expression e, Map<String, Object> variables) {
        Evaluator ev = new Evaluator(variables);
        Object v = ev.eval(e, variables);
        if (v instanceof Lambda) {
            throw new Failure("A function cannot be the result of an expression.");
        }
        return new Result(v, ev.steps);
    }

    private Object eval(Expression e, Map<String, Object> scope) {
        if (++steps > MAX_STEPS) {
            throw new Failure("Expression evaluation exceeded the limit of " + MAX_STEPS + " steps.");
        }
        return switch (e) {
            case Literal l -> l.value();
            case Identifier id -> {
                if (!scope.containsKey(id.name())) {
                    throw new Failure("Unrecognized identifier: " + id.name());
                }
                yield scope.get(id.name());
            }
            case ListLiteral l -> {
                List<Object> out = new ArrayList<>();
                l.items().forEach(i -> out.add(eval(i, scope)));
                yield out;
            }
            case ObjectLiteral o -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < o.keys().size(); i++) {
                    out.put(o.keys().get(i), eval(o.values().get(i), scope));
                }
                yield out;
            }
            case Member m -> member(eval(m.target(), scope), m.name() != null ? m.name() : eval(m.index(), scope), m);
            case Call c -> call(c, scope);
            case Arrow a -> new Lambda(a, scope);
            case Unary u -> unary(u.op(), eval(u.operand(), scope));
            case Binary b -> binary(b, scope);
            case Conditional c -> truthy(eval(c.test(), scope)) ? eval(c.then(), scope) : eval(c.otherwise(), scope);
        };
    }

    private Object member(Object target, Object key, Member m) {
        if (target == null) {
            throw new Failure("Cannot read property \"" + key + "\" of null.");
        }
        if (target instanceof Bean b) {
            if (!b.properties().containsKey(String.valueOf(key))) {
                throw new Failure("Unrecognized property of `" + b.type() + "`: \"" + key + "\". Available properties of type '"
                        + b.type() + "' are: " + String.join(", ", b.properties().keySet().stream().sorted().map(k -> "'" + k + "'").toList()));
            }
            return b.properties().get(String.valueOf(key));
        }
        if (target instanceof Map<?, ?> map) {
            return map.get(String.valueOf(key));
        }
        if (target instanceof List<?> list) {
            if (key instanceof BigDecimal n) {
                int i = n.intValue();
                return i >= 0 && i < list.size() ? list.get(i) : null;
            }
            if ("length".equals(key)) {
                return BigDecimal.valueOf(list.size());
            }
        }
        if (target instanceof String s && "length".equals(key)) {
            return BigDecimal.valueOf(s.length());
        }
        throw new Failure("Unrecognized property of `" + typeName(target) + "`: \"" + key + "\".");
    }

    private Object call(Call c, Map<String, Object> scope) {
        List<Object> args = new ArrayList<>();
        c.args().forEach(a -> args.add(eval(a, scope)));
        if (c.callee() instanceof Member m && m.name() != null) {
            return Methods.invoke(this, eval(m.target(), scope), m.name(), args);
        }
        Object f = eval(c.callee(), scope);
        if (f instanceof Lambda l) {
            return apply(l, args);
        }
        throw new Failure("The value of type " + typeName(f) + " is not a function.");
    }

    Object apply(Object f, List<Object> args) {
        if (!(f instanceof Lambda l)) {
            throw new Failure("A function was expected, " + typeName(f) + " found.");
        }
        Map<String, Object> inner = new HashMap<>(l.scope());
        for (int i = 0; i < l.arrow().params().size(); i++) {
            inner.put(l.arrow().params().get(i), i < args.size() ? args.get(i) : null);
        }
        return eval(l.arrow().body(), inner);
    }

    private static Object unary(String op, Object v) {
        if (op.equals("!")) {
            return !truthy(v);
        }
        return number(v).negate();
    }

    private Object binary(Binary b, Map<String, Object> scope) {
        Object left = eval(b.left(), scope);
        switch (b.op()) {
            case "&&" -> {
                return truthy(left) ? eval(b.right(), scope) : left;
            }
            case "||" -> {
                return truthy(left) ? left : eval(b.right(), scope);
            }
            default -> { }
        }
        Object right = eval(b.right(), scope);
        return switch (b.op()) {
            case "==", "===" -> same(left, right);
            case "!=", "!==" -> !same(left, right);
            case "+" -> left instanceof String || right instanceof String ? text(left) + text(right)
                    : number(left).add(number(right));
            case "-" -> number(left).subtract(number(right));
            case "*" -> number(left).multiply(number(right));
            case "/" -> divide(number(left), number(right));
            case "%" -> {
                if (number(right).signum() == 0) {
                    throw new Failure("Division by zero.");
                }
                yield number(left).remainder(number(right));
            }
            default -> compare(b.op(), left, right);
        };
    }

    private static Object divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new Failure("Division by zero.");
        }
        return a.divide(b, MathContext.DECIMAL64);
    }

    private static boolean compare(String op, Object left, Object right) {
        int c;
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
            c = a.compareTo(b);
        } else if (left instanceof String a && right instanceof String b) {
            c = a.compareTo(b);
        } else {
            throw new Failure("Can't compare " + typeName(left) + " to " + typeName(right) + ".");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v) && !(v instanceof String s && s.isEmpty())
                && !(v instanceof BigDecimal n && n.signum() == 0);
    }

    static BigDecimal number(Object v) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        throw new Failure("A Number was expected, " + typeName(v) + " found.");
    }

    static String text(Object v) {
        if (v instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    static String typeName(Object v) {
        return switch (v) {
            case null -> "null";
            case Boolean b -> "Boolean";
            case BigDecimal n -> "Number";
            case String s -> "String";
            case List<?> l -> "List";
            case Bean b -> b.type();
            case Lambda l -> "Function";
            default -> "Map";
        };
    }
}
