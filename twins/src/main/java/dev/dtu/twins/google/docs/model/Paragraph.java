package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One paragraph: its runs (the last ends with the paragraph's newline), its ParagraphStyle and Bullet. */
public record Paragraph(List<TextRun> runs, JsonNode paragraphStyle, Bullet bullet) {
    public Paragraph {
        runs = List.copyOf(runs);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.content()));
        return out.toString();
    }
}
