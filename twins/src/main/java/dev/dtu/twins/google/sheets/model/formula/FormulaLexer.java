package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.RangeParseException;
import dev.dtu.twins.google.sheets.model.formula.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits formula text (without the leading '=') into tokens; cell references become one token. */
final class FormulaLexer {
    private static final String CORNER = "\\$?[A-Za-z]{1,3}\\$?[0-9]{1,9}|\\$?[A-Za-z]{1,3}|\\$?[0-9]{1,9}";
    private static final Pattern REFERENCE = Pattern.compile("(?:" + CORNER + ")(?::(?:" + CORNER + "))?");
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final List<String> OPERATORS = List.of("<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%");

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private int pos;

    /** A token and where its text lies in the source, [start, end). */
    record Span(Token token, int start, int end) {}

    private FormulaLexer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        FormulaLexer lexer = new FormulaLexer(source);
        lexer.run();
        return lexer.tokens;
    }

    static List<Span> spans(String source) {
        FormulaLexer lexer = new FormulaLexer(source);
        lexer.run();
        return lexer.spans;
    }

    private void run() {
        while (skipWhitespace()) {
            int start = pos;
            Token token = next();
            tokens.add(token);
            spans.add(new Span(token, start, pos));
        }
        tokens.add(Token.of(Kind.END, ""));
    }

    private boolean skipWhitespace() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
        return pos < source.length();
    }

    private Token next() {
        char c = source.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (c == '#') {
            return errorLiteral();
        }
        if (c == '\'') {
            return quotedSheetReference();
        }
        if (Character.isDigit(c) || c == '.') {
            Token rows = reference(null, true);
            return rows != null ? rows : number();
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            return word();
        }
        return punctuation(c);
    }

    private Token string() {
        StringBuilder text = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= source.length()) {
                throw new FormulaSyntaxException("unterminated string");
            }
            char c = source.charAt(i++);
            if (c == '"' && i < source.length() && source.charAt(i) == '"') {
                text.append('"');
                i++;
            } else if (c == '"') {
                break;
            } else {
                text.append(c);
            }
        }
        pos = i;
        return Token.of(Kind.STRING, text.toString());
    }

    private Token errorLiteral() {
        for (ErrorType type : ErrorType.values()) {
            String display = type.display();
            if (source.regionMatches(true, pos, display, 0, display.length())) {
                pos += display.length();
                return Token.of(Kind.ERROR, type.name());
            }
        }
        throw new FormulaSyntaxException("unknown error literal");
    }

    private Token quotedSheetReference() {
        StringBuilder title = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= source.length()) {
                throw new FormulaSyntaxException("unterminated sheet name");
            }
            char c = source.charAt(i++);
            if (c == '\'' && i < source.length() && source.charAt(i) == '\'') {
                title.append('\'');
                i++;
            } else if (c == '\'') {
                break;
            } else {
                title.append(c);
            }
        }
        if (i >= source.length() || source.charAt(i) != '!' || title.isEmpty()) {
            throw new FormulaSyntaxException("sheet name without a reference");
        }
        pos = i + 1;
        return requiredReference(title.toString());
    }

    private Token word() {
        Token reference = reference(null, false);
        if (reference != null) {
            return reference;
        }
        Matcher m = IDENTIFIER.matcher(source).region(pos, source.length());
        if (!m.lookingAt()) {
            throw new FormulaSyntaxException("unexpected character");
        }
        pos = m.end();
        if (pos < source.length() && source.charAt(pos) == '!') {
            pos++;
            return requiredReference(m.group());
        }
        boolean call = peekNonSpace() == '(';
        String name = m.group();
        if (!call && (name.equalsIgnoreCase("TRUE") || name.equalsIgnoreCase("FALSE"))) {
            return Token.of(Kind.BOOLEAN, name.toUpperCase());
        }
        return Token.of(Kind.NAME, name);
    }

    private Token requiredReference(String sheetName) {
        Token reference = reference(sheetName, false);
        if (reference == null) {
            throw new FormulaSyntaxException("sheet name without a reference");
        }
        return reference;
    }

    /** A cell, column or row reference at the current position, or null when there is none. */
    private Token reference(String sheetName, boolean rowsOnly) {
        Matcher m = REFERENCE.matcher(source).region(pos, source.length());
        if (!m.lookingAt() || continuesWord(m.end()) || (rowsOnly && !m.group().contains(":"))) {
            return null;
        }
        try {
            A1Range range = A1Range.ofReference(sheetName, m.group());
            pos = m.end();
            return new Token(Kind.REFERENCE, m.group(), range);
        } catch (RangeParseException e) {
            return null;
        }
    }

    private boolean continuesWord(int end) {
        if (end >= source.length()) {
            return false;
        }
        char c = source.charAt(end);
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '(' || c == '!' || c == '$';
    }

    private char peekNonSpace() {
        int i = pos;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i < source.length() ? source.charAt(i) : '\0';
    }

    private Token number() {
        Matcher m = NUMBER.matcher(source).region(pos, source.length());
        if (!m.lookingAt()) {
            throw new FormulaSyntaxException("bad number");
        }
        pos = m.end();
        return Token.of(Kind.NUMBER, m.group());
    }

    private Token punctuation(char c) {
        pos++;
        switch (c) {
            case '(':
                return Token.of(Kind.LPAREN, "(");
            case ')':
                return Token.of(Kind.RPAREN, ")");
            case ',':
                return Token.of(Kind.COMMA, ",");
            default:
                pos--;
                return operator();
        }
    }

    private Token operator() {
        for (String op : OPERATORS) {
            if (source.startsWith(op, pos)) {
                pos += op.length();
                return Token.of(Kind.OPERATOR, op);
            }
        }
        throw new FormulaSyntaxException("unexpected character");
    }
}
