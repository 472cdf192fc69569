package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.Operator.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a field is searched, and the Java type {@link JqlIssue#value} returns for it (null when empty).
 */
public enum FieldType {
    /** String, or a collection of strings (e.g. comment bodies). */
    TEXT(EnumSet.of(LIKE, NOT_LIKE, IS, IS_NOT)),
    /** The {@code text} master field: every TEXT field at once. Never read from the issue. */
    ALL_TEXT(EnumSet.of(LIKE, NOT_LIKE)),
    /** Read from {@link JqlIssue#key()} and {@link JqlIssue#id()}. */
    KEY(EnumSet.of(EQUALS, NOT_EQUALS, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, IN, NOT_IN)),
    /** Read from {@link JqlIssue#projectKey()}; values match a project's key, name or id. */
    PROJECT(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT)),
    /** String name of a status, issue type, resolution, status category or select option. */
    OPTION(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT)),
    /** String name of an option whose order in {@link JqlContext#options} ranks it, highest first (priority). */
    RANKED_OPTION(EnumSet.of(EQUALS, NOT_EQUALS, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, IN, NOT_IN, IS, IS_NOT)),
    /** String account id. */
    USER(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT)),
    /** Collection of strings (labels, multi-select options). */
    LABELS(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT)),
    /** {@link java.time.Instant}. */
    DATE_TIME(EnumSet.of(EQUALS, NOT_EQUALS, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, IN, NOT_IN, IS, IS_NOT)),
    /** {@link java.time.LocalDate}. */
    DATE(EnumSet.of(EQUALS, NOT_EQUALS, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, IN, NOT_IN, IS, IS_NOT)),
    /** {@link Number}. */
    NUMBER(EnumSet.of(EQUALS, NOT_EQUALS, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL, IN, NOT_IN, IS, IS_NOT));

    private static final Set<Operator> HISTORY = EnumSet.of(WAS, WAS_NOT, WAS_IN, WAS_NOT_IN, CHANGED);
    private final Set<Operator> operators;

    FieldType(Set<Operator> operators) {
        this.operators = operators;
    }

    boolean supports(Operator operator, boolean history) {
        return operators.contains(operator) || (history && HISTORY.contains(operator));
    }

    boolean isDate() {
        return this == DATE || this == DATE_TIME;
    }
}
