package dev.dtu.twins.jira.model.jql;

import java.util.Locale;
import java.util.Set;

/** Keywords, reserved words and reserved characters of JQL. */
final class JqlWords {
    private JqlWords() {
    }

    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "empty", "null", "order", "by",
            "asc", "desc", "was", "changed", "after", "before", "on", "during", "from", "to");

    /** Atlassian's "Reserved words" list of the JQL reference: these must be quoted to be used as text. */
    static final Set<String> RESERVED = Set.of("a", "an", "abort", "access", "add", "after", "alias", "all",
            "alter", "and", "any", "are", "as", "asc", "audit", "avg", "before", "begin", "between", "boolean",
            "break", "by", "byte", "catch", "cf", "char", "character", "check", "checkpoint", "collate",
            "collation", "column", "commit", "connect", "continue", "count", "create", "current", "date",
            "decimal", "declare", "decrement", "default", "defaults", "define", "delete", "delimiter", "desc",
            "difference", "distinct", "divide", "do", "double", "drop", "else", "empty", "encoding", "end",
            "equals", "escape", "exclusive", "exec", "execute", "exists", "explain", "false", "fetch", "file",
            "field", "first", "float", "for", "from", "function", "go", "goto", "grant", "greater", "group",
            "having", "identified", "if", "immediate", "in", "increment", "index", "initial", "inner", "inout",
            "input", "insert", "int", "integer", "intersect", "intersection", "into", "is", "isempty", "isnull",
            "join", "last", "left", "less", "like", "limit", "lock", "long", "max", "min", "minus", "mode",
            "modify", "modulo", "more", "multiply", "next", "noaudit", "not", "notin", "nowait", "null",
            "number", "object", "of", "on", "option", "or", "order", "outer", "output", "power", "previous",
            "prior", "privileges", "public", "raise", "raw", "remainder", "rename", "resource", "return",
            "returns", "right", "row", "rowid", "rownum", "rows", "select", "session", "set", "share", "size",
            "sqrt", "start", "strict", "string", "subtract", "sum", "synonym", "table", "then", "to", "trans",
            "transaction", "trigger", "true", "uid", "union", "unique", "update", "user", "validate", "values",
            "view", "when", "whenever", "where", "while", "with");

    /** Characters that end an unquoted word and have a meaning of their own. */
    static final String SPECIAL = "=!<>()~,\"'&|";

    /** Characters Jira rejects outside quotes ("full-stops are reserved characters", JQL fields reference). */
    static final String RESERVED_CHARS = "{}*/%+^$#@?;.[]";

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isWordChar(char c) {
        return !Character.isWhitespace(c) && SPECIAL.indexOf(c) < 0 && RESERVED_CHARS.indexOf(c) < 0
                && c != '\\';
    }

    /** True when the text can be written unquoted and reads back as the same plain value. */
    static boolean isPlainWord(String text) {
        if (text.isEmpty() || isReserved(text) || isKeyword(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWordChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return !text.matches("(?i)cf\\[.*");
    }
}
