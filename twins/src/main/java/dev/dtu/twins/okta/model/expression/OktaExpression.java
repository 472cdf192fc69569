package dev.dtu.twins.okta.model.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Okta Expression Language (developer.okta.com/docs/reference/okta-expression-language), the part token claims
 * use: string, number, boolean and null literals; attribute references ({@code user.email}, {@code appuser.x},
 * {@code app.clientId}, {@code org.name}); {@code String.*}, {@code Arrays.*}, {@code Groups.*} and the
 * {@code isMemberOf...} functions; {@code +}, comparisons, {@code AND}/{@code OR}/{@code !} (and their
 * {@code &&}/{@code ||} spellings) and {@code ? :}. A reference to an attribute nobody has is null, and so is a
 * function of null where Okta's would be. A malformed expression throws {@link IllegalArgumentException}.
 */
public final class OktaExpression {
    private final String text;
    private final Context context;
    private int pos;

    /** What an expression can read: attributes by object and name, and the person's groups. */
    public interface Context {
        Object attribute(String object, String name);

        /** The person's groups as (id, name) pairs; empty when there is no person. */
        List<String[]> groups();
    }

    private OktaExpression(String text, Context context) {
        this.text = text;
        this.context = context;
    }

    public static Object evaluate(String expression, Context context) {
        OktaExpression e = new OktaExpression(expression, context);
        Object value = e.ternary();
        e.skipSpace();
        if (e.pos != e.text.length()) {
            throw e.error("unexpected '" + e.text.charAt(e.pos) + "'");
        }
        return value;
    }

    private Object ternary() {
        Object condition = or();
        if (eat("?")) {
            Object then = ternary();
            expect(":");
            Object otherwise = ternary();
            return truthy(condition) ? then : otherwise;
        }
        return condition;
    }

    private Object or() {
        Object left = and();
        while (eatWord("OR") || eat("||")) {
            Object right = and();
            left = truthy(left) || truthy(right);
        }
        return left;
    }

    private Object and() {
        Object left = equality();
        while (eatWord("AND") || eat("&&")) {
            Object right = equality();
            left = truthy(left) && truthy(right);
        }
        return left;
    }

    private Object equality() {
        Object left = comparison();
        while (true) {
            if (eat("==")) {
                left = same(left, comparison());
            } else if (eat("!=")) {
                left = !same(left, comparison());
            } else {
                return left;
            }
        }
    }

    private Object comparison() {
        Object left = sum();
        for (String op : List.of("<=", ">=", "<", ">")) {
            if (eat(op)) {
                Object right = sum();
                if (!(left instanceof Number a) || !(right instanceof Number b)) {
                    return false;
                }
                int c = Double.compare(a.doubleValue(), b.doubleValue());
                return switch (op) {
                    case "<=" -> c <= 0;
                    case ">=" -> c >= 0;
                    case "<" -> c < 0;
                    default -> c > 0;
                };
            }
        }
        return left;
    }

    private Object sum() {
        Object left = unary();
        while (peek('+') || peek('-')) {
            char op = text.charAt(pos++);
            Object right = unary();
            if (left instanceof Number a && right instanceof Number b) {
                double v = op == '+' ? a.doubleValue() + b.doubleValue() : a.doubleValue() - b.doubleValue();
                left = v == Math.rint(v) ? (Object) (long) v : (Object) v;
            } else if (op == '+') {
                left = (left == null ? "" : str(left)) + (right == null ? "" : str(right));
            } else {
                throw error("'-' needs numbers");
            }
        }
        return left;
    }

    private Object unary() {
        if (eat("!")) {
            return !truthy(unary());
        }
        return primary();
    }

    private Object primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Object v = ternary();
            expect(")");
            return v;
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (c == '{') {
            pos++;
            List<Object> items = new ArrayList<>();
            if (!eat("}")) {
                do {
                    items.add(ternary());
                } while (eat(","));
                expect("}");
            }
            return items;
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String n = text.substring(start, pos);
            return n.contains(".") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
        }
        if (Character.isJavaIdentifierStart(c)) {
            return reference();
        }
        throw error("unexpected '" + c + "'");
    }

    private Object reference() {
        List<String> path = new ArrayList<>();
        path.add(identifier());
        while (peek('.')) {
            pos++;
            path.add(identifier());
        }
        String name = String.join(".", path);
        if (eat("(")) {
            List<Object> args = new ArrayList<>();
            if (!eat(")")) {
                do {
                    args.add(ternary());
                } while (eat(","));
                expect(")");
            }
            return Functions.call(name, args, context);
        }
        return switch (name) {
            case "true" -> true;
            case "false" -> false;
            case "null" -> null;
            default -> {
                if (path.size() < 2) {
                    throw error("unknown name " + name);
                }
                yield context.attribute(path.get(0), String.join(".", path.subList(1, path.size())));
            }
        };
    }

    private String identifier() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a name is expected");
        }
        return text.substring(start, pos);
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            out.append(c);
        }
        if (pos >= text.length()) {
            throw error("unterminated string");
        }
        pos++;
        return out.toString();
    }

    static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v != null && !(v instanceof String s && s.isEmpty());
    }

    static String str(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean eat(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            if (token.equals("=") || (token.equals("!") && text.startsWith("!=", pos))) {
                return false;
            }
            pos += token.length();
            return true;
        }
        return false;
    }

    private boolean eatWord(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))
                && word.equals(text.substring(pos, end).toUpperCase(Locale.ROOT))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!eat(token)) {
            throw error("'" + token + "' expected");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid expression at " + pos + ": " + what + " in " + text);
    }
}
