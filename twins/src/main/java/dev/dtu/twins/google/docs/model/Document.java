package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One stored document: the body's paragraphs (after the leading section break at index 0), its lists and
 * named ranges, and a revision counter behind revisionId. The title follows the Drive file's name.
 */
public record Document(String documentId, String title, long revision, List<Paragraph> paragraphs,
                       Map<String, JsonNode> lists, List<DocNamedRange> namedRanges) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        lists = Map.copyOf(lists);
        namedRanges = List.copyOf(namedRanges);
    }

    public Document withTitle(String newTitle) {
        return new Document(documentId, newTitle, revision, paragraphs, lists, namedRanges);
    }

    public Document withId(String newId) {
        return new Document(newId, title, revision, paragraphs, lists, namedRanges);
    }

    /** The body's text, newlines included (page breaks read as U+000C). */
    public String text() {
        StringBuilder out = new StringBuilder();
        paragraphs.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** Google's opaque revision ids; ours carry the counter so older ones can be recognised. */
    public String revisionId() {
        return revisionId(documentId, revision);
    }

    public static String revisionId(String documentId, long revision) {
        return "ALBJ4Ls" + revision + "_" + Integer.toHexString((documentId + ":" + revision).hashCode() & 0x7fffffff);
    }
}
