package dev.dtu.twins.jira.model.jql;

/** A JQL clause operator, as printed in canonical JQL. */
public enum Operator {
    EQUALS("="), NOT_EQUALS("!="), GREATER(">"), GREATER_EQUAL(">="), LESS("<"), LESS_EQUAL("<="),
    LIKE("~"), NOT_LIKE("!~"), IN("IN"), NOT_IN("NOT IN"), IS("IS"), IS_NOT("IS NOT"),
    WAS("WAS"), WAS_NOT("WAS NOT"), WAS_IN("WAS IN"), WAS_NOT_IN("WAS NOT IN"), CHANGED("CHANGED");

    private final String jql;

    Operator(String jql) {
        this.jql = jql;
    }

    public String jql() {
        return jql;
    }

    public boolean isHistory() {
        return ordinal() >= WAS.ordinal();
    }

    public boolean isRelational() {
        return this == GREATER || this == GREATER_EQUAL || this == LESS || this == LESS_EQUAL;
    }

    public boolean isList() {
        return this == IN || this == NOT_IN || this == WAS_IN || this == WAS_NOT_IN;
    }
}
