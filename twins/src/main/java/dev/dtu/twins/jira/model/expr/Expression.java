package dev.dtu.twins.jira.model.expr;

import java.util.List;

/**
 * A parsed Jira expression (https://developer.atlassian.com/cloud/jira/platform/jira-expressions/): the JavaScript
 * subset Jira evaluates — literals, lists and objects, member access, calls, arrow functions, the arithmetic,
 * comparison and logical operators, and the conditional operator.
 */
public sealed interface Expression {
    /** Where the node starts, for error messages. */
    int line();

    int column();

    record Literal(Object value, int line, int column) implements Expression {}

    record Identifier(String name, int line, int column) implements Expression {}

    record ListLiteral(List<Expression> items, int line, int column) implements Expression {}

    record ObjectLiteral(List<String> keys, List<Expression> values, int line, int column) implements Expression {}

    /** {@code target.name}, or {@code target[index]} when {@code index} is set. */
    record Member(Expression target, String name, Expression index, int line, int column) implements Expression {}

    record Call(Expression callee, List<Expression> args, int line, int column) implements Expression {}

    record Arrow(List<String> params, Expression body, int line, int column) implements Expression {}

    record Unary(String op, Expression operand, int line, int column) implements Expression {}

    record Binary(String op, Expression left, Expression right, int line, int column) implements Expression {}

    record Conditional(Expression test, Expression then, Expression otherwise, int line, int column) implements Expression {}
}
