package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import java.util.List;
import java.util.function.Predicate;

/** Reads one vendor's recorded answers and writes what they reveal into the seed draft (its section, people). */
public interface SeedInference {
    Vendor vendor();

    void infer(List<Exchange> exchanges, SeedDraft draft);

    /** The JSON bodies of successful {@code GET}s (or Slack's POSTs) whose path passes the test, in order. */
    static List<Exchange> answers(List<Exchange> exchanges, Predicate<String> path) {
        return exchanges.stream().filter(Exchange::succeeded).filter(e -> path.test(e.path()))
                .filter(e -> !e.json().isMissingNode()).toList();
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null : node.asText();
    }
}
