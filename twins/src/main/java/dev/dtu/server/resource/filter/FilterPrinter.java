package dev.dtu.server.resource.filter;

/** Writes a {@link Filter} in Okta's syntax with only the parentheses its structure needs. */
final class FilterPrinter {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int ATOM = 3;

    private FilterPrinter() {
    }

    static String print(Filter filter) {
        return switch (filter) {
            case Filter.Or or -> operand(or.left(), OR, false) + " or " + operand(or.right(), OR, true);
            case Filter.And and -> operand(and.left(), AND, false) + " and " + operand(and.right(), AND, true);
            case Filter.Not not -> "not (" + print(not.operand()) + ")";
            case Filter.Present present -> present.path() + " pr";
            case Filter.Comparison c -> c.path() + " " + c.operator().token() + " " + literal(c.value());
        };
    }

    /** Both operators group to the left, so a right operand of the same precedence needs parentheses. */
    private static String operand(Filter child, int parentPrecedence, boolean right) {
        int precedence = precedence(child);
        boolean parenthesize = precedence < parentPrecedence || (right && precedence == parentPrecedence);
        return parenthesize ? "(" + print(child) + ")" : print(child);
    }

    private static int precedence(Filter filter) {
        return switch (filter) {
            case Filter.Or or -> OR;
            case Filter.And and -> AND;
            default -> ATOM;
        };
    }

    static String literal(Literal literal) {
        return switch (literal) {
            case Literal.Str s -> quote(s.value());
            case Literal.Num n -> n.value().toString();
            case Literal.Bool b -> String.valueOf(b.value());
            case Literal.Null n -> "null";
        };
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            appendEscaped(out, value.charAt(i));
        }
        return out.append('"').toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
    }
}
