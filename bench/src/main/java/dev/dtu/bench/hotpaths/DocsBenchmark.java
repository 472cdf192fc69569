package dev.dtu.bench.hotpaths;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.docs.model.DocEditor;
import dev.dtu.twins.google.docs.model.DocRequests;
import dev.dtu.twins.google.docs.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Docs index edits: a batchUpdate that inserts in the middle of a 200-paragraph document and deletes a range,
 * so every index after it shifts — opening the document, applying, freezing it back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocsBenchmark {
    private Document doc;
    private JsonNode requests;

    @Setup
    public void build() {
        DocEditor editor = DocEditor.open(DocEditor.blank("d1", "Bench"));
        for (int i = 0; i < 200; i++) {
            editor.insertText(editor.endIndex() - 1, "Paragraph " + i + " of the benchmark document, with some words.\n");
        }
        doc = editor.freeze();
        int middle = editor.endIndex() / 2;
        requests = Json.parse(("[{\"insertText\":{\"location\":{\"index\":" + middle + "},\"text\":\"inserted words \"}},"
                + "{\"deleteContentRange\":{\"range\":{\"startIndex\":" + (middle + 40) + ",\"endIndex\":" + (middle + 60)
                + "}}}]").getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public Document batchUpdate() {
        DocEditor editor = DocEditor.open(doc);
        new DocRequests(editor).apply(requests);
        return editor.freeze();
    }
}
