package dev.dtu.twins.google.docs.model;

import java.util.List;

/** A cell of a table: one index unit of its own, then its content (at least one paragraph). */
public record TableCell(List<StructuralElement> content) {
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
