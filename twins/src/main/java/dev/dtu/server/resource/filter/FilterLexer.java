package dev.dtu.server.resource.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; strings and numbers follow JSON's syntax. */
final class FilterLexer {

    private final String input;
    private int pos;

    private FilterLexer(String input) {
        this.input = input;
    }

    static List<Token> tokenize(String input) {
        FilterLexer lexer = new FilterLexer(input);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.type() != Token.Type.END);
        return tokens;
    }

    private Token next() {
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
        }
        if (pos == input.length()) {
            return new Token(Token.Type.END, "", pos);
        }
        char c = input.charAt(pos);
        if (c == '(' || c == ')') {
            pos++;
            return new Token(c == '(' ? Token.Type.LEFT_PAREN : Token.Type.RIGHT_PAREN, String.valueOf(c), pos - 1);
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (isWordStart(c)) {
            return word();
        }
        throw error("unexpected character '" + c + "' at position " + pos);
    }

    private Token word() {
        int start = pos;
        while (pos < input.length() && isWordPart(input.charAt(pos))) {
            pos++;
        }
        return new Token(Token.Type.WORD, input.substring(start, pos), start);
    }

    private Token number() {
        int start = pos;
        accept('-');
        if (!accept('0')) {
            digits(start);
        }
        if (accept('.')) {
            digits(start);
        }
        if (accept('e') || accept('E')) {
            if (!accept('+')) {
                accept('-');
            }
            digits(start);
        }
        return new Token(Token.Type.NUMBER, input.substring(start, pos), start);
    }

    private void digits(int numberStart) {
        int start = pos;
        while (pos < input.length() && isDigit(input.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("malformed number at position " + numberStart);
        }
    }

    private Token string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < input.length()) {
            char c = input.charAt(pos++);
            if (c == '"') {
                return new Token(Token.Type.STRING, value.toString(), start);
            }
            value.append(c == '\\' ? escape() : c);
        }
        throw error("unterminated string starting at position " + start);
    }

    private char escape() {
        if (pos == input.length()) {
            throw error("unterminated escape at position " + (pos - 1));
        }
        char c = input.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("invalid escape '\\" + c + "' at position " + (pos - 2));
        };
    }

    private char unicodeEscape() {
        int start = pos - 2;
        if (pos + 4 > input.length()) {
            throw error("incomplete \\u escape at position " + start);
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexValue(input.charAt(pos++));
            if (digit < 0) {
                throw error("invalid \\u escape at position " + start);
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private boolean accept(char expected) {
        if (pos < input.length() && input.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '-' || c == '.';
    }

    private static FilterException error(String reason) {
        return FilterException.invalidCriteria(reason);
    }
}
