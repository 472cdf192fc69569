package dev.dtu.twins.google.docs.model;

import dev.dtu.server.state.Kind;

/** The stored documents, keyed by their Drive file id. */
public final class Documents {
    public static final Kind<Document> DOCUMENTS = Kind.of("google", "documents", Document.class);

    private Documents() {}
}
