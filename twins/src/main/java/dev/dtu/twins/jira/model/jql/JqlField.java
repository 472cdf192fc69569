package dev.dtu.twins.jira.model.jql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A searchable field. {@code id} is the key {@link JqlIssue#value} is called with ("status",
 * "customfield_10010"); {@code name} is how errors name it; {@code aliases} are the other JQL names.
 * {@code history} enables WAS and CHANGED, read from {@link JqlIssue#changes}.
 */
public record JqlField(String id, String name, FieldType type, boolean history, List<String> aliases) {

    public JqlField {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        aliases = List.copyOf(aliases);
    }

    /** A custom field, found by {@code cf[N]}, {@code customfield_N} or its name. */
    public static JqlField custom(long number, String name, FieldType type) {
        return new JqlField("customfield_" + number, name, type, false, List.of("cf[" + number + "]"));
    }

    boolean isCustom() {
        return id.startsWith("customfield_");
    }

    boolean answersTo(String reference) {
        String ref = reference.toLowerCase(Locale.ROOT);
        return id.toLowerCase(Locale.ROOT).equals(ref) || name.toLowerCase(Locale.ROOT).equals(ref)
                || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(ref));
    }
}
