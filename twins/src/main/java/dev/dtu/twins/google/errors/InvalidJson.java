package dev.dtu.twins.google.errors;

import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;

/**
 * Google's 400 for a body that is not JSON, in its JSON parser's words: "Invalid JSON payload received.
 * Unexpected token.", then the offending line and a caret under the spot (as Google answers, e.g. for
 * {@code q=test}: "Invalid JSON payload received. Unexpected token.\nq=test\n^").
 */
public final class InvalidJson {
    private static final int CONTEXT = 40;

    private InvalidJson() {}

    public static GoogleException of(Json.MalformedJsonException e, byte[] body) {
        return GoogleException.invalidArgument("Invalid JSON payload received. " + problem(e.getMessage())
                + pointer(new String(body, StandardCharsets.UTF_8), e.line(), e.column()));
    }

    /**
     * Google's phrase for what the parser met. Google documents none of these; the phrases are those its
     * answers show ("Expected , or } after key:value pair.", "Expected an object key or }.", "Unexpected
     * token."); the end-of-input and nesting ones are guesses in the same style.
     */
    static String problem(String jackson) {
        if (jackson.contains("separate Object entries")) {
            return "Expected , or } after key:value pair.";
        }
        if (jackson.contains("separate Array entries")) {
            return "Expected , or ] after array value.";
        }
        if (jackson.contains("to start field name")) {
            return "Expected an object key or }.";
        }
        if (jackson.contains("colon to separate field name")) {
            return "Expected : after object key.";
        }
        if (jackson.contains("end-of-input") || jackson.equals("empty body")) {
            return "Unexpected end of string. Expected a value.";
        }
        if (jackson.equals(Json.NESTED_TOO_DEEP)) {
            return "Too deeply nested.";
        }
        return "Unexpected token.";
    }

    private static String pointer(String body, int line, int column) {
        if (line <= 0 || column <= 0) {
            return "";
        }
        String[] lines = body.split("\n", -1);
        if (line > lines.length) {
            return "";
        }
        String text = lines[line - 1];
        int at = Math.min(column - 1, text.length());
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + CONTEXT);
        return "\n" + text.substring(from, to) + "\n" + " ".repeat(at - from) + "^";
    }
}
