package dev.dtu.twins.jira.model.jql;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** Where an issue sorts: its ORDER BY keys, written as text so a page token can carry it. */
public record Position(List<Comparable<?>> keys) {

    public Position {
        keys = Collections.unmodifiableList(new ArrayList<>(keys));
    }

    /** "tag:base64(text)" per key, joined by dots; null is "-". */
    public String encode() {
        List<String> parts = new ArrayList<>();
        for (Comparable<?> key : keys) {
            parts.add(key == null ? "-" : tag(key) + ":" + b64(text(key)));
        }
        return String.join(".", parts);
    }

    /** @throws IllegalArgumentException when {@code text} is not an encoded position */
    public static Position decode(String text) {
        List<Comparable<?>> keys = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            keys.add(part.equals("-") ? null : value(part));
        }
        return new Position(keys);
    }

    private static String tag(Comparable<?> key) {
        return switch (key) {
            case String s -> "s";
            case Integer i -> "i";
            case BigDecimal n -> "n";
            case Instant t -> "t";
            case IssueKey k -> "k";
            default -> throw new IllegalArgumentException("unsortable " + key.getClass());
        };
    }

    private static String text(Comparable<?> key) {
        return key instanceof IssueKey k ? k.project() + "-" + k.number() : key.toString();
    }

    private static Comparable<?> value(String part) {
        int colon = part.indexOf(':');
        if (colon != 1) {
            throw new IllegalArgumentException("bad position part");
        }
        String text = new String(Base64.getUrlDecoder().decode(part.substring(2)), StandardCharsets.UTF_8);
        try {
            return switch (part.charAt(0)) {
                case 's' -> text;
                case 'i' -> Integer.valueOf(text);
                case 'n' -> new BigDecimal(text);
                case 't' -> Instant.parse(text);
                case 'k' -> IssueKey.parse(text).orElseThrow(() -> new IllegalArgumentException("bad key"));
                default -> throw new IllegalArgumentException("bad tag");
            };
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
