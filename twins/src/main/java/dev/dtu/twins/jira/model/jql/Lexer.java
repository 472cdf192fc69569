package dev.dtu.twins.jira.model.jql;

import java.util.ArrayList;
import java.util.List;

/** Splits JQL into tokens, tracking 1-based line and character. */
final class Lexer {
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        Lexer lexer = new Lexer(src);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            tokens.add(t);
        } while (!t.is(Token.Type.EOF));
        return tokens;
    }

    private Token next() {
        skipWhitespace();
        int startLine = line;
        int startChar = pos - lineStart + 1;
        if (pos >= src.length()) {
            return new Token(Token.Type.EOF, "", "", startLine, startChar);
        }
        char c = src.charAt(pos);
        return switch (c) {
            case '(' -> single(Token.Type.LPAREN, startLine, startChar);
            case ')' -> single(Token.Type.RPAREN, startLine, startChar);
            case ',' -> single(Token.Type.COMMA, startLine, startChar);
            case '"', '\'' -> quoted(c, startLine, startChar);
            case '=', '!', '<', '>', '~' -> operator(startLine, startChar);
            case '&', '|' -> logical(c, startLine, startChar);
            default -> word(startLine, startChar);
        };
    }

    private void skipWhitespace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            char c = src.charAt(pos++);
            if (c == '\n' || (c == '\r' && (pos >= src.length() || src.charAt(pos) != '\n'))) {
                line++;
                lineStart = pos;
            }
        }
    }

    private Token single(Token.Type type, int l, int ch) {
        String s = String.valueOf(src.charAt(pos++));
        return new Token(type, s, s, l, ch);
    }

    private Token operator(int l, int ch) {
        char c = src.charAt(pos++);
        boolean eq = pos < src.length() && src.charAt(pos) == '=';
        boolean tilde = pos < src.length() && src.charAt(pos) == '~';
        String op;
        if (c == '!' && (eq || tilde)) {
            op = "!" + src.charAt(pos++);
        } else if ((c == '<' || c == '>') && eq) {
            op = c + "=";
            pos++;
        } else if (c == '!') {
            return new Token(Token.Type.WORD, "NOT", "!", l, ch);
        } else {
            op = String.valueOf(c);
        }
        return new Token(Token.Type.OPERATOR, op, op, l, ch);
    }

    private Token logical(char c, int l, int ch) {
        pos++;
        String raw = String.valueOf(c);
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            raw = raw + c;
        }
        return new Token(Token.Type.WORD, c == '&' ? "AND" : "OR", raw, l, ch);
    }

    private Token quoted(char quote, int l, int ch) {
        int start = pos++;
        StringBuilder text = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos);
            if (c == '\\') {
                text.append(escape());
            } else {
                trackNewline(c);
                text.append(c);
                pos++;
            }
        }
        if (pos >= src.length()) {
            throw error("The quoted string '" + text + "' has not been completed.", l, ch);
        }
        pos++;
        return new Token(Token.Type.STRING, text.toString(), src.substring(start, pos), l, ch);
    }

    private void trackNewline(char c) {
        if (c == '\n' || (c == '\r' && (pos + 1 >= src.length() || src.charAt(pos + 1) != '\n'))) {
            line++;
            lineStart = pos + 1;
        }
    }

    private Token word(int l, int ch) {
        int start = pos;
        StringBuilder text = new StringBuilder();
        boolean escaped = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                text.append(escape());
                escaped = true;
            } else if (JqlWords.isWordChar(c)) {
                text.append(c);
                pos++;
            } else {
                break;
            }
        }
        if (text.isEmpty()) {
            throw error(JqlMessages.reservedChar(src.charAt(pos)), l, ch);
        }
        if (!escaped && text.toString().equalsIgnoreCase("cf") && pos < src.length() && src.charAt(pos) == '[') {
            return customField(start, l, ch);
        }
        if (pos < src.length() && JqlWords.RESERVED_CHARS.indexOf(src.charAt(pos)) >= 0) {
            throw error(JqlMessages.reservedChar(src.charAt(pos)), line, pos - lineStart + 1);
        }
        Token.Type type = escaped ? Token.Type.STRING : Token.Type.WORD;
        return new Token(type, text.toString(), src.substring(start, pos), l, ch);
    }

    private Token customField(int start, int l, int ch) {
        int close = src.indexOf(']', pos);
        String id = close < 0 ? src.substring(pos + 1) : src.substring(pos + 1, close);
        if (close < 0 || !id.matches("[0-9]{1,18}")) {
            throw error("'" + id + "' is not a valid custom field id.", l, ch);
        }
        pos = close + 1;
        String raw = src.substring(start, pos);
        return new Token(Token.Type.CUSTOM_FIELD, "cf[" + Long.parseLong(id) + "]", raw, l, ch);
    }

    private String escape() {
        int l = line;
        int ch = pos - lineStart + 1;
        if (pos + 1 >= src.length()) {
            throw error("The escape sequence '\\' is invalid.", l, ch);
        }
        char e = src.charAt(pos + 1);
        pos += 2;
        return switch (e) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '"', '\'', '\\', ' ' -> String.valueOf(e);
            case 'u' -> unicode(l, ch);
            default -> throw error("The escape sequence '\\" + e + "' is invalid.", l, ch);
        };
    }

    private String unicode(int l, int ch) {
        if (pos + 4 > src.length() || !src.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            String seq = src.substring(pos - 2, Math.min(src.length(), pos + 4));
            throw error("The escape sequence '" + seq + "' is invalid.", l, ch);
        }
        char c = (char) Integer.parseInt(src.substring(pos, pos + 4), 16);
        pos += 4;
        return String.valueOf(c);
    }

    private static JqlSyntaxException error(String message, int l, int ch) {
        return new JqlSyntaxException(JqlMessages.at(message, l, ch), l, ch);
    }
}
