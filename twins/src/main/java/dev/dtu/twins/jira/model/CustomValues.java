package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Custom field values: what a request may send for each type, and how the value is stored and shown. */
final class CustomValues {
    private CustomValues() {}

    static Optional<JsonNode> parse(CustomField cf, JsonNode value) {
        return switch (cf.type()) {
            case "number" -> value.isNumber() ? Optional.of(value) : Optional.empty();
            case "string" -> value.isTextual() && value.asText().length() <= 255 ? Optional.of(value) : Optional.empty();
            case "date" -> value.isTextual() && isDate(value.asText()) ? Optional.of(value) : Optional.empty();
            case "labels" -> labels(value);
            case "option" -> cf.options().stream().filter(o -> value.path("id").asText("").equals(o.id())
                            || value.path("value").asText("").equals(o.value()))
                    .findFirst().map(FieldEditor::option);
            default -> Optional.empty();
        };
    }

    static String error(CustomField cf, JsonNode value) {
        return switch (cf.type()) {
            case "number" -> "Operation value must be a number";
            case "string" -> value.isTextual() ? "The entered text is too long. It exceeds the allowed limit of 255 characters."
                    : "Operation value must be a string";
            case "date" -> "Error parsing date string: " + value.asText();
            case "labels" -> "Operation value must be an array of strings";
            case "option" -> value.has("id") ? "Option id '" + value.path("id").asText() + "' is not valid"
                    : "Option value '" + value.path("value").asText(value.asText()) + "' is not valid";
            default -> "Operation value is not valid";
        };
    }

    /** The value JQL compares: a number, a string, a LocalDate, option text or label list. */
    static Object jqlValue(CustomField cf, JsonNode stored) {
        return switch (cf.type()) {
            case "number" -> stored.decimalValue();
            case "date" -> LocalDate.parse(stored.asText());
            case "option" -> stored.path("value").asText();
            case "labels" -> java.util.stream.StreamSupport.stream(stored.spliterator(), false).map(JsonNode::asText).toList();
            default -> stored.asText();
        };
    }

    /** How the changelog writes the value. */
    static String text(JsonNode stored) {
        if (stored == null) {
            return null;
        }
        if (stored.isObject()) {
            return stored.path("value").asText();
        }
        if (stored.isArray()) {
            StringBuilder b = new StringBuilder();
            stored.forEach(v -> b.append(b.isEmpty() ? "" : " ").append(v.asText()));
            return b.toString();
        }
        return stored.asText();
    }

    private static Optional<JsonNode> labels(JsonNode value) {
        if (!value.isArray()) {
            return Optional.empty();
        }
        for (JsonNode v : value) {
            if (!v.isTextual() || v.asText().contains(" ")) {
                return Optional.empty();
            }
        }
        return Optional.of(value.deepCopy());
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
