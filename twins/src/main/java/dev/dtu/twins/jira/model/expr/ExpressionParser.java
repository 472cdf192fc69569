package dev.dtu.twins.jira.model.expr;

import dev.dtu.twins.jira.model.expr.Expression.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Jira expressions (precedence climbing over a hand-written scanner). Jira's limits: 1000 characters; nesting
 * is bounded here too so that no input can exhaust the stack.
 */
public final class ExpressionParser {
    public static final int MAX_LENGTH = 1000;
    private static final int MAX_DEPTH = 64;
    private static final String EXPECTED = "!, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, "
            + "TEMPLATE_LITERAL, new, [ or { expected";
    private static final String[][] LEVELS = {{"||"}, {"&&"}, {"==", "!=", "===", "!=="}, {"<", "<=", ">", ">="},
            {"+", "-"}, {"*", "/", "%"}};

    /** A syntax error at a position (1-based line and column). */
    public static final class SyntaxError extends RuntimeException {
        public final int line;
        public final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final List<Token> tokens;
    private int at;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The expression's tree; throws {@link SyntaxError} (also for an expression over {@link #MAX_LENGTH}). */
    public static Expression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new SyntaxError("Jira expression is too long (" + text.length() + "), limit: " + MAX_LENGTH
                    + " characters", 1, 1);
        }
        ExpressionParser p = new ExpressionParser(Token.scan(text));
        Expression e = p.expression();
        Token end = p.peek();
        if (end.type() != Token.Type.END) {
            throw new SyntaxError("end of expression expected, " + end.text() + " encountered.", end.line(), end.column());
        }
        return e;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        return tokens.get(at++);
    }

    private boolean punct(String s) {
        Token t = peek();
        return t.type() == Token.Type.PUNCT && t.text().equals(s);
    }

    private Token expect(String s) {
        if (!punct(s)) {
            Token t = peek();
            throw new SyntaxError(s + " expected, " + t.describe() + " encountered.", t.line(), t.column());
        }
        return next();
    }

    private Expression expression() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw new SyntaxError("Jira expression is nested too deeply, limit: " + MAX_DEPTH, t.line(), t.column());
        }
        try {
            if (arrowAhead()) {
                return arrow();
            }
            Expression test = binary(0);
            if (punct("?")) {
                next();
                Expression then = expression();
                expect(":");
                return new Conditional(test, then, expression(), test.line(), test.column());
            }
            return test;
        } finally {
            depth--;
        }
    }

    /** {@code x =>} or {@code (x, y) =>}. */
    private boolean arrowAhead() {
        Token t = peek();
        if (t.type() == Token.Type.IDENT) {
            return isPunct(at + 1, "=>");
        }
        if (!punct("(")) {
            return false;
        }
        int i = at + 1;
        while (tokens.get(i).type() == Token.Type.IDENT && isPunct(i + 1, ",")) {
            i += 2;
        }
        if (tokens.get(i).type() == Token.Type.IDENT) {
            i++;
        }
        return isPunct(i, ")") && isPunct(i + 1, "=>");
    }

    private boolean isPunct(int i, String s) {
        Token t = tokens.get(Math.min(i, tokens.size() - 1));
        return t.type() == Token.Type.PUNCT && t.text().equals(s);
    }

    private Expression arrow() {
        Token start = peek();
        List<String> params = new ArrayList<>();
        if (punct("(")) {
            next();
            while (!punct(")")) {
                params.add(next().text());
                if (punct(",")) {
                    next();
                }
            }
            next();
        } else {
            params.add(next().text());
        }
        expect("=>");
        return new Arrow(params, expression(), start.line(), start.column());
    }

    private Expression binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        Expression left = binary(level + 1);
        while (peek().type() == Token.Type.PUNCT && List.of(LEVELS[level]).contains(peek().text())) {
            String op = next().text();
            left = new Binary(op, left, binary(level + 1), left.line(), left.column());
        }
        return left;
    }

    private Expression unary() {
        if (punct("!") || punct("-")) {
            Token op = next();
            if (++depth > MAX_DEPTH) {
                throw new SyntaxError("Jira expression is nested too deeply, limit: " + MAX_DEPTH, op.line(), op.column());
            }
            try {
                return new Unary(op.text(), unary(), op.line(), op.column());
            } finally {
                depth--;
            }
        }
        return postfix(primary());
    }

    private Expression postfix(Expression e) {
        while (true) {
            if (punct(".")) {
                next();
                Token name = next();
                if (name.type() != Token.Type.IDENT) {
                    throw new SyntaxError("IDENTIFIER expected, " + name.describe() + " encountered.", name.line(), name.column());
                }
                e = new Member(e, name.text(), null, e.line(), e.column());
            } else if (punct("[")) {
                next();
                Expression index = expression();
                expect("]");
                e = new Member(e, null, index, e.line(), e.column());
            } else if (punct("(")) {
                next();
                e = new Call(e, list(")"), e.line(), e.column());
            } else {
                return e;
            }
        }
    }

    private List<Expression> list(String close) {
        List<Expression> items = new ArrayList<>();
        while (!punct(close)) {
            items.add(expression());
            if (!punct(close)) {
                expect(",");
            }
        }
        next();
        return items;
    }

    private Expression primary() {
        Token t = next();
        return switch (t.type()) {
            case NUMBER -> new Literal(new BigDecimal(t.text()), t.line(), t.column());
            case STRING -> new Literal(t.text(), t.line(), t.column());
            case IDENT -> switch (t.text()) {
                case "true" -> new Literal(Boolean.TRUE, t.line(), t.column());
                case "false" -> new Literal(Boolean.FALSE, t.line(), t.column());
                case "null" -> new Literal(null, t.line(), t.column());
                default -> new Identifier(t.text(), t.line(), t.column());
            };
            case PUNCT -> switch (t.text()) {
                case "(" -> {
                    Expression inner = expression();
                    expect(")");
                    yield inner;
                }
                case "[" -> new ListLiteral(list("]"), t.line(), t.column());
                case "{" -> object(t);
                default -> throw new SyntaxError(EXPECTED + ", " + t.describe() + " encountered.", t.line(), t.column());
            };
            case END -> throw new SyntaxError(EXPECTED + ", " + t.describe() + " encountered.", t.line(), t.column());
        };
    }

    private Expression object(Token open) {
        List<String> keys = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        while (!punct("}")) {
            Token key = next();
            if (key.type() != Token.Type.IDENT && key.type() != Token.Type.STRING) {
                throw new SyntaxError("IDENTIFIER or STRING expected, " + key.describe() + " encountered.", key.line(), key.column());
            }
            keys.add(key.text());
            if (punct(":")) {
                next();
                values.add(expression());
            } else {
                values.add(new Identifier(key.text(), key.line(), key.column()));
            }
            if (!punct("}")) {
                expect(",");
            }
        }
        next();
        return new ObjectLiteral(keys, values, open.line(), open.column());
    }
}
