package dev.dtu.server.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A twin's vendor operation index ({@code coverage/<twin>.tsv}, made from the vendor's spec by
 * {@code VendorIndexTest}) and the vendor operation a concrete request path is an instance of — how a request the
 * twin does not serve is still named in the vendor's words.
 */
public final class VendorIndex {
    private static final Pattern PARAM = Pattern.compile("\\{[^/}]+}");

    private record Entry(VendorOperation operation, Pattern path, int literal) {}

    private final String source;
    private final List<Entry> entries;

    private VendorIndex(String source, List<Entry> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** The twin's index, empty when the classpath holds none for it. */
    public static VendorIndex of(String twin) {
        return find(twin).orElseGet(() -> new VendorIndex("", List.of()));
    }

    /** The twin's index, if the classpath holds one. */
    public static Optional<VendorIndex> find(String twin) {
        List<String> lines = lines(twin);
        if (lines == null) {
            return Optional.empty();
        }
        String source = !lines.isEmpty() && lines.get(0).startsWith("# ") ? lines.get(0).substring(2) : "";
        return Optional.of(new VendorIndex(source, operations(lines).stream().map(VendorIndex::entry).toList()));
    }

    /** What the index was made from ("jira-platform-v3.openapi3.json (shared/vendor-specs)"). */
    public String source() {
        return source;
    }

    public List<VendorOperation> operations() {
        return entries.stream().map(Entry::operation).toList();
    }

    /**
     * The vendor operation serving {@code method path} (path without query), the one with the most literal
     * characters when several match ({@code /api/v1/users/me} before {@code /api/v1/users/{id}}).
     */
    public Optional<VendorOperation> find(String method, String path) {
        return entries.stream()
                .filter(e -> e.operation().method().equalsIgnoreCase(method) && e.path().matcher(path).matches())
                .max(Comparator.comparingInt(Entry::literal))
                .map(Entry::operation);
    }

    static List<VendorOperation> operations(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(VendorOperation::parse).toList();
    }

    private static List<String> lines(String twin) {
        try (InputStream in = VendorIndex.class.getClassLoader().getResourceAsStream("coverage/" + twin + ".tsv")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(VendorOperation op) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(op.path());
        int at = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(op.path().substring(at, m.start())));
            literal += m.start() - at;
            // Google's "{+name}" and "{name...}" span slashes; every other parameter is one segment
            boolean spans = m.group().startsWith("{+") || m.group().endsWith("...}");
            regex.append(spans ? ".+" : "[^/]+");
            at = m.end();
        }
        regex.append(Pattern.quote(op.path().substring(at)));
        literal += op.path().length() - at;
        return new Entry(op, Pattern.compile(regex.toString()), literal);
    }
}
