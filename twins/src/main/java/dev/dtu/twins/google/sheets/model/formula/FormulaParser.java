package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.formula.Token.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser. Precedence, loosest first: comparison, &amp;, + -, * /, ^, unary minus,
 * postfix %. As in Sheets, unary minus binds tighter than ^ (so -2^2 is 4) and ^ is left-associative.
 */
final class FormulaParser {
    /**
     * Sheets documents no nesting limit. The twin bounds how deep the parser recurses (parentheses, calls, signs)
     * and how deep the tree it builds is (a chain like 1+1+…+1 is as deep as it is long), so that neither parsing
     * nor any walk over the tree can run out of stack; beyond either bound the formula is a parse error.
     */
    static final int MAX_DEPTH = 100;
    static final int MAX_TREE_DEPTH = 500;
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");

    private final List<Token> tokens;
    private int pos;
    private int depth;
    private final Map<Expr, Integer> treeDepths = new IdentityHashMap<>();

    private FormulaParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses formula text without its leading '='. */
    static Expr parse(String source) {
        FormulaParser parser = new FormulaParser(FormulaLexer.tokenize(source));
        Expr expr = parser.expression();
        if (parser.peek().kind() != Kind.END) {
            throw new FormulaSyntaxException("unexpected " + parser.peek().text());
        }
        return expr;
    }

    private Expr expression() {
        if (++depth > MAX_DEPTH) {
            throw new FormulaSyntaxException("formula nested too deeply");
        }
        Expr expr = comparison();
        depth--;
        return expr;
    }

    private Expr comparison() {
        Expr left = concatenation();
        while (peek().kind() == Kind.OPERATOR && COMPARISONS.contains(peek().text())) {
            left = binary(advance().text(), left, concatenation());
        }
        return left;
    }

    private Expr concatenation() {
        Expr left = additive();
        while (peek().is(Kind.OPERATOR, "&")) {
            left = binary(advance().text(), left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is(Kind.OPERATOR, "+") || peek().is(Kind.OPERATOR, "-")) {
            left = binary(advance().text(), left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = power();
        while (peek().is(Kind.OPERATOR, "*") || peek().is(Kind.OPERATOR, "/")) {
            left = binary(advance().text(), left, power());
        }
        return left;
    }

    private Expr power() {
        Expr left = unary();
        while (peek().is(Kind.OPERATOR, "^")) {
            left = binary(advance().text(), left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is(Kind.OPERATOR, "-") || peek().is(Kind.OPERATOR, "+")) {
            String operator = advance().text();
            if (++depth > MAX_DEPTH) {
                throw new FormulaSyntaxException("formula nested too deeply");
            }
            Expr operand = unary();
            depth--;
            return node(new Expr.Unary(operator, operand), operand);
        }
        return postfix();
    }

    private Expr postfix() {
        Expr expr = primary();
        while (peek().is(Kind.OPERATOR, "%")) {
            advance();
            expr = node(new Expr.Percent(expr), expr);
        }
        return expr;
    }

    private Expr primary() {
        Token token = advance();
        return switch (token.kind()) {
            case NUMBER -> new Expr.NumberLiteral(Double.parseDouble(token.text()));
            case STRING -> new Expr.TextLiteral(token.text());
            case BOOLEAN -> new Expr.BooleanLiteral(token.text().equals("TRUE"));
            case ERROR -> new Expr.ErrorLiteral(ErrorType.valueOf(token.text()));
            case REFERENCE -> new Expr.Reference(token.reference());
            case NAME -> peek().kind() == Kind.LPAREN ? call(token.text()) : new Expr.Name(token.text());
            case LPAREN -> parenthesized();
            default -> throw new FormulaSyntaxException("unexpected " + token.text());
        };
    }

    private Expr parenthesized() {
        Expr inner = expression();
        expect(Kind.RPAREN);
        return inner;
    }

    private Expr call(String function) {
        expect(Kind.LPAREN);
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() == Kind.RPAREN) {
            advance();
            return node(new Expr.Call(function, arguments));
        }
        while (true) {
            boolean omitted = peek().kind() == Kind.COMMA || peek().kind() == Kind.RPAREN;
            arguments.add(omitted ? new Expr.Blank() : expression());
            Token separator = advance();
            if (separator.kind() == Kind.RPAREN) {
                return node(new Expr.Call(function, arguments), arguments.toArray(Expr[]::new));
            }
            if (separator.kind() != Kind.COMMA) {
                throw new FormulaSyntaxException("expected ',' or ')'");
            }
        }
    }

    private Expr binary(String operator, Expr left, Expr right) {
        return node(new Expr.Binary(operator, left, right), left, right);
    }

    /** Records how deep the new node's tree is; too deep a tree is a parse error. */
    private Expr node(Expr node, Expr... children) {
        int deepest = 0;
        for (Expr child : children) {
            deepest = Math.max(deepest, treeDepths.getOrDefault(child, 1));
        }
        if (deepest + 1 > MAX_TREE_DEPTH) {
            throw new FormulaSyntaxException("formula nested too deeply");
        }
        treeDepths.put(node, deepest + 1);
        return node;
    }

    private void expect(Kind kind) {
        if (advance().kind() != kind) {
            throw new FormulaSyntaxException("expected " + kind);
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token advance() {
        Token token = tokens.get(pos);
        if (token.kind() != Kind.END) {
            pos++;
        }
        return token;
    }
}
