package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A cell of a table: one index unit of its own, then its content (at least one paragraph). Its
 * tableCellStyle carries rowSpan and columnSpan (null for a plain 1×1 cell, both 0 for a cell covered by a
 * merged cell).
 */
public record TableCell(List<StructuralElement> content, JsonNode tableCellStyle) {
    public TableCell {
        content = List.copyOf(content);
    }

    public int size() {
        return 1 + content.stream().mapToInt(StructuralElement::size).sum();
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        content.forEach(e -> out.append(e.text()));
        return out.toString();
    }
}
