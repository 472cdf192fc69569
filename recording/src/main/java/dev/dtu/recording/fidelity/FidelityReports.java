package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code fidelity.md}, {@code fidelity.html} and {@code fidelity.json} into a folder. */
public final class FidelityReports {
    public static final String MARKDOWN = "fidelity.md";
    public static final String HTML = "fidelity.html";
    public static final String JSON = "fidelity.json";

    private FidelityReports() {}

    public static void write(FidelityReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(JSON).toFile(), json(report));
        } catch (IOException e) {
            throw new RecordingException("cannot write the fidelity report to " + dir + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode json(FidelityReport report) {
        ObjectNode o = Json.object();
        o.put("score", report.overall().value());
        ArrayNode twins = o.putArray("twins");
        report.byTwin().forEach(s -> twins.add(((ObjectNode) Json.tree(s)).put("score", s.value())));
        ArrayNode ops = o.putArray("operations");
        report.byOperation().forEach(s -> ops.add(((ObjectNode) Json.tree(s)).put("score", s.value())));
        ArrayNode families = o.putArray("families");
        report.byFamily().forEach(f -> families.addObject().put("twin", f.twin()).put("family", f.family())
                .put("pairs", f.pairs()).put("served", f.served()).put("score", f.score().value()));
        o.set("unserved", Json.tree(report.unserved()));
        o.set("exchanges", Json.tree(report.results()));
        o.set("notes", Json.tree(report.notes()));
        return o;
    }
}
