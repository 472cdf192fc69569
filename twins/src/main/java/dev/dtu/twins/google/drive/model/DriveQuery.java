package dev.dtu.twins.google.drive.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Drive query language of files.list {@code q}: comparisons such as {@code name contains 'x'},
 * {@code 'id' in parents}, {@code modifiedTime > '2026-01-01T00:00:00'}, combined with and, or, not and
 * parentheses (https://developers.google.com/drive/api/guides/ref-search-terms).
 */
public sealed interface DriveQuery {

    /** Operands of a chain of {@code and}s, kept flat so a long chain costs no stack. */
    record And(List<DriveQuery> operands) implements DriveQuery {}

    record Or(List<DriveQuery> operands) implements DriveQuery {}

    record Not(DriveQuery operand) implements DriveQuery {}

    /** {@code field op value}; for {@code 'value' in field} the operator is "in". */
    record Term(String field, String operator, Literal value) implements DriveQuery {}

    /** A string, boolean or (for dates) string literal. */
    record Literal(String text, boolean isString) {
        public boolean isTrue() {
            return !isString && text.equalsIgnoreCase("true");
        }
    }

    static DriveQuery parse(String q) {
        return new Parser(tokens(q)).parseAll();
    }

    /** A query Drive rejects: 400 "Invalid Value" (reason invalid, location q). */
    final class InvalidQueryException extends IllegalArgumentException {
        InvalidQueryException(String detail) {
            super(detail);
        }
    }

    private static List<String> tokens(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                i = quoted(q, i, out);
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if ("=!<>".indexOf(c) >= 0) {
                int end = i + 1 < q.length() && q.charAt(i + 1) == '=' ? i + 2 : i + 1;
                out.add(q.substring(i, end));
                i = end;
            } else {
                int start = i;
                while (i < q.length() && (Character.isLetterOrDigit(q.charAt(i)) || q.charAt(i) == '_' || q.charAt(i) == '.')) {
                    i++;
                }
                if (start == i) {
                    throw new InvalidQueryException("unexpected '" + c + "'");
                }
                out.add(q.substring(start, i));
            }
        }
        return out;
    }

    // Literals are quoted; a backslash escapes the quote or another backslash.
    private static int quoted(String q, int start, List<String> out) {
        char quote = q.charAt(start);
        StringBuilder text = new StringBuilder("'");
        int i = start + 1;
        while (i < q.length() && q.charAt(i) != quote) {
            if (q.charAt(i) == '\\' && i + 1 < q.length()) {
                i++;
            }
            text.append(q.charAt(i++));
        }
        if (i >= q.length()) {
            throw new InvalidQueryException("unterminated string");
        }
        out.add(text.toString());
        return i + 1;
    }

    final class Parser {
        private static final List<String> OPERATORS = List.of("=", "!=", "<", "<=", ">", ">=", "contains", "has");
        /** Drive documents no nesting limit; deeper input is answered as an invalid q, never a stack overflow. */
        public static final int MAX_DEPTH = 100;
        private final List<String> tokens;
        private int pos;
        private int depth;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        DriveQuery parseAll() {
            if (tokens.isEmpty()) {
                throw new InvalidQueryException("empty query");
            }
            DriveQuery q = or();
            if (pos != tokens.size()) {
                throw new InvalidQueryException("unexpected " + tokens.get(pos));
            }
            return q;
        }

        private DriveQuery or() {
            List<DriveQuery> operands = new ArrayList<>(List.of(and()));
            while (keyword("or")) {
                operands.add(and());
            }
            return operands.size() == 1 ? operands.getFirst() : new Or(List.copyOf(operands));
        }

        private DriveQuery and() {
            List<DriveQuery> operands = new ArrayList<>(List.of(unary()));
            while (keyword("and")) {
                operands.add(unary());
            }
            return operands.size() == 1 ? operands.getFirst() : new And(List.copyOf(operands));
        }

        private DriveQuery unary() {
            if (++depth > MAX_DEPTH) {
                throw new InvalidQueryException("nested too deeply");
            }
            try {
                if (keyword("not")) {
                    return new Not(unary());
                }
                if (peekIs("(")) {
                    pos++;
                    DriveQuery inner = or();
                    expect(")");
                    return inner;
                }
                return term();
            } finally {
                depth--;
            }
        }

        private DriveQuery term() {
            String first = next();
            if (first.startsWith("'")) {
                if (!keyword("in")) {
                    throw new InvalidQueryException("expected 'in' after a value");
                }
                return new Term(field(next()), "in", literal(first));
            }
            String field = field(first);
            String operator = next();
            if (!OPERATORS.contains(operator.toLowerCase(Locale.ROOT))) {
                throw new InvalidQueryException("unknown operator " + operator);
            }
            return new Term(field, operator.toLowerCase(Locale.ROOT), literal(next()));
        }

        private static String field(String token) {
            if (token.startsWith("'") || !Character.isLetter(token.charAt(0))) {
                throw new InvalidQueryException("expected a field, got " + token);
            }
            return token;
        }

        private static Literal literal(String token) {
            if (token.startsWith("'")) {
                return new Literal(token.substring(1), true);
            }
            if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
                return new Literal(token.toLowerCase(Locale.ROOT), false);
            }
            throw new InvalidQueryException("expected a value, got " + token);
        }

        private boolean keyword(String word) {
            if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(word)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean peekIs(String token) {
            return pos < tokens.size() && tokens.get(pos).equals(token);
        }

        private void expect(String token) {
            if (!peekIs(token)) {
                throw new InvalidQueryException("expected " + token);
            }
            pos++;
        }

        private String next() {
            if (pos >= tokens.size()) {
                throw new InvalidQueryException("unexpected end of query");
            }
            return tokens.get(pos++);
        }
    }
}
