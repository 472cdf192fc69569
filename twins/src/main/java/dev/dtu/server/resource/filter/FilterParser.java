package dev.dtu.server.resource.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads Okta filter and search expressions (developer.okta.com/docs/api/#filter):
 * <pre>
 *   or      := and ("or" and)*
 *   and     := unary ("and" unary)*
 *   unary   := "not" "(" or ")" | "(" or ")" | path "pr" | path op value
 *   value   := JSON string | JSON number | true | false | null
 * </pre>
 * Keywords and operators are case-insensitive, attribute paths are not. Any syntax error is an
 * {@link FilterException} (Okta: E0000031).
 */
public final class FilterParser {

    /**
     * Okta rejects "an overly complex or long search query" (listUsers, {@code search}) without saying
     * where the limit lies; the twin draws it at these sizes, which also bounds recursion.
     */
    static final int MAX_NESTING = 50;
    static final int MAX_TERMS = 500;

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");

    private final List<Token> tokens;
    private int index;
    private int terms;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Filter parse(String expression) {
        Objects.requireNonNull(expression, "expression");
        FilterParser parser = new FilterParser(FilterLexer.tokenize(expression));
        Filter filter = parser.or(0);
        if (parser.peek().type() != Token.Type.END) {
            throw error("unexpected " + parser.peek().describe());
        }
        return filter;
    }

    private Filter or(int depth) {
        Filter left = and(depth);
        while (peek().isWord("or")) {
            index++;
            left = new Filter.Or(left, and(depth));
        }
        return left;
    }

    private Filter and(int depth) {
        Filter left = unary(depth);
        while (peek().isWord("and")) {
            index++;
            left = new Filter.And(left, unary(depth));
        }
        return left;
    }

    private Filter unary(int depth) {
        if (depth > MAX_NESTING) {
            throw error("expression nests deeper than " + MAX_NESTING + " levels");
        }
        if (peek().isWord("not") && peekAfter().type() == Token.Type.LEFT_PAREN) {
            index++;
            return new Filter.Not(group(depth));
        }
        if (peek().type() == Token.Type.LEFT_PAREN) {
            return group(depth);
        }
        return attributeExpression();
    }

    private Filter group(int depth) {
        expect(Token.Type.LEFT_PAREN, "'('");
        Filter inner = or(depth + 1);
        expect(Token.Type.RIGHT_PAREN, "')'");
        return inner;
    }

    private Filter attributeExpression() {
        if (++terms > MAX_TERMS) {
            throw error("expression has more than " + MAX_TERMS + " terms");
        }
        String path = path(expect(Token.Type.WORD, "an attribute"));
        Token opToken = expect(Token.Type.WORD, "an operator");
        Operator operator = Operator.fromToken(opToken.text())
                .orElseThrow(() -> error("unknown operator " + opToken.describe()));
        if (operator == Operator.PR) {
            return new Filter.Present(path);
        }
        return new Filter.Comparison(path, operator, literal());
    }

    private static String path(Token token) {
        if (!PATH.matcher(token.text()).matches()) {
            throw error("malformed attribute " + token.describe());
        }
        return token.text();
    }

    private Literal literal() {
        Token token = next();
        return switch (token.type()) {
            case STRING -> new Literal.Str(token.text());
            case NUMBER -> number(token);
            case WORD -> keywordLiteral(token);
            default -> throw error("expected a value but found " + token.describe());
        };
    }

    private static Literal number(Token token) {
        try {
            return new Literal.Num(new BigDecimal(token.text()));
        } catch (NumberFormatException e) {
            throw error("number out of range " + token.describe());
        }
    }

    private static Literal keywordLiteral(Token token) {
        if (token.isWord("true") || token.isWord("false")) {
            return new Literal.Bool(token.isWord("true"));
        }
        if (token.isWord("null")) {
            return new Literal.Null();
        }
        throw error("expected a value but found " + token.describe());
    }

    private Token expect(Token.Type type, String what) {
        Token token = next();
        if (token.type() != type) {
            throw error("expected " + what + " but found " + token.describe());
        }
        return token;
    }

    private Token next() {
        Token token = peek();
        if (token.type() != Token.Type.END) {
            index++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peekAfter() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    private static FilterException error(String reason) {
        return FilterException.invalidCriteria(reason);
    }
}
