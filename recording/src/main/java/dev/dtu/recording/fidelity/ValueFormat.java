package dev.dtu.recording.fidelity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of a volatile text value: volatile values (timestamps, ETags, request ids) differ on every
 * call, so fidelity compares what kind of value they are instead.
 */
enum ValueFormat {
    DATE_TIME("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?"),
    DATE("\\d{4}-\\d{2}-\\d{2}"),
    HTTP_DATE("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
    EPOCH("\\d{9,10}(\\.\\d+)?|\\d{13}"),
    UUID("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    ETAG("(W/)?\"[^\"]*\""),
    NUMBER("-?\\d+(\\.\\d+)?"),
    URL("https?://\\S+"),
    EMPTY(""),
    TEXT(".*");

    private static final List<ValueFormat> ORDER = List.of(values());
    private final Pattern pattern;

    ValueFormat(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }

    static ValueFormat of(String value) {
        return ORDER.stream().filter(f -> f.pattern.matcher(value).matches()).findFirst().orElse(TEXT);
    }
}
