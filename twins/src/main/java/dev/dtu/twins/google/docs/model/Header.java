package dev.dtu.twins.google.docs.model;

import java.util.List;

/** A document header: a segment of its own whose indexes start at 0. */
public record Header(String headerId, List<StructuralElement> content) {
    public Header {
        content = List.copyOf(content);
    }
}
