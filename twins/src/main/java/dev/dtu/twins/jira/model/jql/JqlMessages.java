package dev.dtu.twins.jira.model.jql;

/** Jira's own error wording, in one place. */
final class JqlMessages {
    private JqlMessages() {
    }

    static final String PREFIX = "Error in the JQL Query: ";
    static final String OPERATORS =
            "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";

    static String at(String message, int line, int character) {
        return PREFIX + message + " (line " + line + ", character " + character + ")";
    }

    static String atEnd(String message) {
        return PREFIX + message;
    }

    static String expectingOperator(String got) {
        return "Expecting operator but got '" + got + "'. The valid operators are " + OPERATORS + ".";
    }

    static String expectingOperatorAtEnd() {
        return "Expecting operator before the end of the query. The valid operators are " + OPERATORS + ".";
    }

    /**
     * Jira Cloud words this one message without "the" ("Error in JQL Query: Expecting either a value, list
     * or function but got 'IN'. ..."), as seen in 400 responses quoted in many public bug reports.
     */
    static String keywordAsValue(String got, int line, int character) {
        return "Error in JQL Query: Expecting either a value, list or function but got '" + got
                + "'. You must surround '" + got + "' in quotation marks to use it as a value. (line " + line
                + ", character " + character + ")";
    }

    static String reservedWord(String word) {
        return "'" + word + "' is a reserved JQL word. You must surround it in quotation marks to use it in a query.";
    }

    static String reservedChar(char c) {
        return String.format("The character '%c' is a reserved JQL character. You must enclose it in a string "
                + "or use the escape '\\u%04x' instead.", c, (int) c);
    }

    static String unknownField(String field) {
        return "Field '" + field + "' does not exist or you do not have permission to view it.";
    }

    static String unknownValue(String value, String field) {
        return "The value '" + value + "' does not exist for the field '" + field + "'.";
    }

    static String unsupportedOperator(Operator operator, String field) {
        return "The operator '" + operator.jql() + "' is not supported by the '" + field + "' field.";
    }

    static String unknownFunction(String display) {
        return "Unable to find JQL function '" + display + "'.";
    }

    static String functionArity(String function, String expected, int received) {
        return "Function '" + function + "' expected '" + expected + "' arguments but received '" + received + "'.";
    }

    static String functionNotForField(String function, String field) {
        return "A value provided by the function '" + function + "' is invalid for the field '" + field + "'.";
    }

    static String badDate(String value, String field) {
        return "Date value '" + value + "' for field '" + field + "' is invalid. Valid formats include: "
                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format "
                + "e.g. '-5d', '4w 2d'.";
    }

    static String badFunctionArgument(String function, String argument) {
        return "Duration '" + argument + "' for function '" + function + "' is invalid.";
    }

    static String badNumber(String value, String field) {
        return "Value '" + value + "' is invalid for the '" + field + "' field.";
    }

    static String badIssueKey(String value, String field) {
        return "The issue key '" + value + "' for field '" + field + "' is invalid.";
    }

    static String missingIssue(String value, String field) {
        return "An issue with key '" + value + "' does not exist for field '" + field + "'.";
    }

    static String unknownGroup(String group) {
        return "Function 'membersOf' can not generate a list of usernames for group '" + group
                + "'; the group does not exist.";
    }

    static String emptyText(String field) {
        return "The field '" + field + "' does not support searching for an empty string.";
    }

    static String listNotAllowed(Operator operator, String field) {
        return "The operator '" + operator.jql() + "' does not support multiple values for the field '" + field
                + "'. Use 'IN' instead.";
    }

    static String onlyEmpty(Operator operator) {
        return "The operator '" + operator.jql() + "' only supports searching with 'EMPTY' or 'NULL'.";
    }

    static String emptyNotAllowed(Operator operator, String field) {
        return "The operator '" + operator.jql() + "' does not support searching for EMPTY in the field '"
                + field + "'.";
    }

    static String predicateNotAllowed(HistoryPredicate.Kind kind, Operator operator) {
        return "The predicate '" + kind + "' is not supported by the operator '" + operator.jql() + "'.";
    }

    static String notSortable(String field) {
        return "Field '" + field + "' does not support sorting.";
    }

    static String sortedTwice(String field) {
        return "The sort field '" + field + "' is referenced multiple times in the JQL sort.";
    }
}
