package dev.dtu.twins.jira.model.expr;

import java.util.ArrayList;
import java.util.List;

/** One token of a Jira expression, with its 1-based position. */
record Token(Type type, String text, int line, int column) {
    enum Type { NUMBER, STRING, IDENT, PUNCT, END }

    private static final List<String> PUNCTS = List.of("===", "!==", "=>", "==", "!=", "<=", ">=", "&&", "||", "(", ")",
            "[", "]", "{", "}", ".", ",", "?", ":", "!", "<", ">", "+", "-", "*", "/", "%");

    String describe() {
        return type == Type.END ? "<EOF>" : text;
    }

    static List<Token> scan(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int lineStart = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                line++;
                lineStart = ++i;
                continue;
            }
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            int col = i - lineStart + 1;
            if (Character.isDigit(ch)) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' && i + 1 < s.length()
                        && Character.isDigit(s.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(Type.NUMBER, s.substring(start, i), line, col));
            } else if (Character.isJavaIdentifierStart(ch)) {
                int start = i;
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Type.IDENT, s.substring(start, i), line, col));
            } else if (ch == '\'' || ch == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < s.length() && s.charAt(i) != ch) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < s.length()) {
                        char e = s.charAt(i++);
                        text.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else {
                        text.append(c);
                    }
                }
                if (i >= s.length()) {
                    throw new ExpressionParser.SyntaxError("Unterminated string literal.", line, col);
                }
                i++;
                out.add(new Token(Type.STRING, text.toString(), line, col));
            } else {
                String p = punct(s, i);
                if (p == null) {
                    throw new ExpressionParser.SyntaxError("Unexpected character: " + ch, line, col);
                }
                out.add(new Token(Type.PUNCT, p, line, col));
                i += p.length();
            }
        }
        out.add(new Token(Type.END, "", line, s.length() - lineStart + 1));
        return out;
    }

    private static String punct(String s, int i) {
        for (String p : PUNCTS) {
            if (s.startsWith(p, i)) {
                return p;
            }
        }
        return null;
    }
}
