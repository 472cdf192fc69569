package dev.dtu.twins.google.docs.model;

import java.util.List;

/** A document footer: a segment of its own whose indexes start at 0. */
public record Footer(String footerId, List<StructuralElement> content) {
    public Footer {
        content = List.copyOf(content);
    }
}
