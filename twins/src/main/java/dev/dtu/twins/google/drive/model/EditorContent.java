package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.Optional;

/**
 * The content of a Docs Editors file kept by another twin API (a spreadsheet, a document): Drive copies,
 * deletes, exports and searches it through this.
 */
public interface EditorContent {
    /** The Drive mime type of the files this content belongs to. */
    String mimeType();

    /** Creates the content of a new file: empty, or imported from an upload (CSV to a sheet, text to a doc). */
    void create(Tx tx, String id, String title, String sourceMediaType, byte[] source);

    /** Keeps the content's own title in step with a Drive rename. */
    void rename(Tx tx, String id, String title);

    void copy(Tx tx, String fromId, String toId, String newTitle);

    void delete(Tx tx, String id);

    /** The file exported as the given mime type; empty when Drive cannot convert to it. */
    Optional<byte[]> export(State state, String id, String exportMimeType);

    /** The text fullText queries search. */
    String fullText(State state, String id);

    /** The mime types files.export offers (File.exportLinks). */
    java.util.List<String> exportFormats();

    /** The mime types an upload converts into this content (CSV into a sheet, text into a doc). */
    java.util.List<String> importFormats();
}
