package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recursive-descent JQL parser: OR binds looser than AND, which binds looser than NOT. */
final class Parser {
    private static final int MAX_DEPTH = 200;
    private final List<Token> tokens;
    private int index;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static JqlQuery parse(String jql) {
        return new Parser(Lexer.tokenize(jql)).query();
    }

    private JqlQuery query() {
        Optional<Clause> where = Optional.empty();
        if (!peek().is(Token.Type.EOF) && !peek().isKeyword("order")) {
            where = Optional.of(or());
        }
        List<OrderKey> order = peek().isKeyword("order") ? orderBy() : List.of();
        if (!peek().is(Token.Type.EOF)) {
            throw error(peek(), "Expecting either 'OR' or 'AND' but got '" + peek().shown() + "'.");
        }
        return new JqlQuery(where, order);
    }

    private Clause or() {
        List<Clause> parts = new ArrayList<>(List.of(and()));
        while (peek().isKeyword("or")) {
            index++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.getFirst() : new Or(parts);
    }

    private Clause and() {
        List<Clause> parts = new ArrayList<>(List.of(not()));
        while (peek().isKeyword("and")) {
            index++;
            parts.add(not());
        }
        return parts.size() == 1 ? parts.getFirst() : new And(parts);
    }

    private Clause not() {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), "The query is nested too deeply.");
        }
        try {
            if (peek().isKeyword("not")) {
                index++;
                return new Not(not());
            }
            if (peek().is(Token.Type.LPAREN)) {
                index++;
                Clause inner = or();
                expectClose();
                return inner;
            }
            return terminal();
        } finally {
            depth--;
        }
    }

    private Terminal terminal() {
        String field = field();
        Operator operator = operator();
        Operand operand = operator == Operator.CHANGED ? null : operand();
        List<HistoryPredicate> predicates = operator.isHistory() ? predicates() : List.of();
        return new Terminal(field, operator, operand, predicates);
    }

    private String field() {
        Token t = take();
        return switch (t.type()) {
            case CUSTOM_FIELD, STRING -> t.text();
            case WORD -> wordField(t);
            case EOF -> throw atEnd("Expecting a field name at the end of the query.");
            default -> throw error(t, "Expecting a field name but got '" + t.shown() + "'.");
        };
    }

    private String wordField(Token t) {
        if (JqlWords.isKeyword(t.text())) {
            throw error(t, "Expecting a field name but got '" + t.shown() + "'.");
        }
        if (JqlWords.isReserved(t.text())) {
            throw error(t, JqlMessages.reservedWord(t.text()));
        }
        return t.text();
    }

    private Operator operator() {
        Token t = take();
        if (t.is(Token.Type.OPERATOR)) {
            return symbolOperator(t);
        }
        if (t.isKeyword("in")) {
            return Operator.IN;
        }
        if (t.isKeyword("not") && peek().isKeyword("in")) {
            index++;
            return Operator.NOT_IN;
        }
        if (t.isKeyword("is")) {
            return takeIf("not") ? Operator.IS_NOT : Operator.IS;
        }
        if (t.isKeyword("was")) {
            boolean negated = takeIf("not");
            boolean in = takeIf("in");
            return negated ? (in ? Operator.WAS_NOT_IN : Operator.WAS_NOT) : (in ? Operator.WAS_IN : Operator.WAS);
        }
        if (t.isKeyword("changed")) {
            return Operator.CHANGED;
        }
        if (t.is(Token.Type.EOF)) {
            throw atEnd(JqlMessages.expectingOperatorAtEnd());
        }
        throw error(t, JqlMessages.expectingOperator(t.shown()));
    }

    private static Operator symbolOperator(Token t) {
        return switch (t.text()) {
            case "=" -> Operator.EQUALS;
            case "!=" -> Operator.NOT_EQUALS;
            case ">" -> Operator.GREATER;
            case ">=" -> Operator.GREATER_EQUAL;
            case "<" -> Operator.LESS;
            case "<=" -> Operator.LESS_EQUAL;
            case "~" -> Operator.LIKE;
            case "!~" -> Operator.NOT_LIKE;
            default -> throw error(t, JqlMessages.expectingOperator(t.shown()));
        };
    }

    private Operand operand() {
        if (peek().is(Token.Type.LPAREN)) {
            index++;
            return list();
        }
        return single();
    }

    private Operand list() {
        List<Operand> items = new ArrayList<>(List.of(single()));
        while (peek().is(Token.Type.COMMA)) {
            index++;
            items.add(single());
        }
        expectClose();
        return new ListOperand(items);
    }

    private Operand single() {
        Token t = take();
        if (t.isKeyword("empty") || t.isKeyword("null")) {
            return new Empty();
        }
        if (t.is(Token.Type.WORD) && !JqlWords.isKeyword(t.text()) && peek().is(Token.Type.LPAREN)) {
            index++;
            return new FunctionCall(t.text(), arguments());
        }
        return switch (t.type()) {
            case STRING -> new Value(t.text());
            case WORD -> wordValue(t);
            case EOF -> throw atEnd("Expecting either a value, list or function before the end of the query.");
            default -> throw error(t, "Expecting either a value, list or function but got '" + t.shown() + "'.");
        };
    }

    private Value wordValue(Token t) {
        if (JqlWords.isKeyword(t.text())) {
            throw new JqlSyntaxException(JqlMessages.keywordAsValue(t.shown(), t.line(), t.character()),
                    t.line(), t.character());
        }
        if (JqlWords.isReserved(t.text())) {
            throw error(t, JqlMessages.reservedWord(t.text()));
        }
        return new Value(t.text());
    }

    private List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (peek().is(Token.Type.RPAREN)) {
            index++;
            return args;
        }
        args.add(argument());
        while (peek().is(Token.Type.COMMA)) {
            index++;
            args.add(argument());
        }
        expectClose();
        return args;
    }

    private String argument() {
        Token t = take();
        if (t.is(Token.Type.WORD) || t.is(Token.Type.STRING)) {
            return t.text();
        }
        throw t.is(Token.Type.EOF) ? atEnd("Expecting ')' before the end of the query.")
                : error(t, "Expecting a function argument but got '" + t.shown() + "'.");
    }

    private List<HistoryPredicate> predicates() {
        List<HistoryPredicate> predicates = new ArrayList<>();
        while (peek().is(Token.Type.WORD) && isPredicate(peek().text())) {
            HistoryPredicate.Kind kind = HistoryPredicate.Kind.valueOf(take().text().toUpperCase(Locale.ROOT));
            predicates.add(new HistoryPredicate(kind, operand()));
        }
        return predicates;
    }

    private static boolean isPredicate(String word) {
        for (HistoryPredicate.Kind kind : HistoryPredicate.Kind.values()) {
            if (kind.name().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private List<OrderKey> orderBy() {
        index++;
        Token by = take();
        if (!by.isKeyword("by")) {
            throw by.is(Token.Type.EOF) ? atEnd("Expecting 'BY' before the end of the query.")
                    : error(by, "Expecting 'BY' but got '" + by.shown() + "'.");
        }
        List<OrderKey> keys = new ArrayList<>();
        while (true) {
            String field = field();
            OrderKey.Direction direction = direction();
            keys.add(new OrderKey(field, direction));
            if (!peek().is(Token.Type.COMMA)) {
                return endOfOrderBy(keys, direction);
            }
            index++;
        }
    }

    private List<OrderKey> endOfOrderBy(List<OrderKey> keys, OrderKey.Direction last) {
        Token t = peek();
        if (t.is(Token.Type.EOF)) {
            return keys;
        }
        throw last == OrderKey.Direction.DEFAULT
                ? error(t, "Expecting either 'ASC' or 'DESC' but got '" + t.shown() + "'.")
                : error(t, "Expecting ',' but got '" + t.shown() + "'.");
    }

    private OrderKey.Direction direction() {
        if (takeIf("asc")) {
            return OrderKey.Direction.ASC;
        }
        return takeIf("desc") ? OrderKey.Direction.DESC : OrderKey.Direction.DEFAULT;
    }

    private void expectClose() {
        Token t = take();
        if (t.is(Token.Type.RPAREN)) {
            return;
        }
        throw t.is(Token.Type.EOF) ? atEnd("Expecting ')' before the end of the query.")
                : error(t, "Expecting ')' but got '" + t.shown() + "'.");
    }

    private boolean takeIf(String keyword) {
        if (peek().isKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token take() {
        Token t = tokens.get(index);
        if (!t.is(Token.Type.EOF)) {
            index++;
        }
        return t;
    }

    private static JqlSyntaxException error(Token t, String message) {
        return new JqlSyntaxException(JqlMessages.at(message, t.line(), t.character()), t.line(), t.character());
    }

    private static JqlSyntaxException atEnd(String message) {
        return new JqlSyntaxException(JqlMessages.atEnd(message), 0, 0);
    }
}
