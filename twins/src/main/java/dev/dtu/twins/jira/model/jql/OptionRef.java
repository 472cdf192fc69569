package dev.dtu.twins.jira.model.jql;

/** A query value of an enumerated field: the option it names (null if none) and that option's rank. */
record OptionRef(JqlOption option, String text, int rank) {

    boolean matches(String actual) {
        return option != null ? option.answersTo(actual) : text.equalsIgnoreCase(actual);
    }
}
