package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One stored document: the body's content (after the leading section break at index 0), its default header
 * and footer (null until created), its lists and named ranges, and a revision counter behind revisionId. The
 * title follows the Drive file's name. {@code styles} holds what updateDocumentStyle and updateSectionStyle set
 * ("documentStyle", "sectionStyle"), over Google's defaults; {@code inlineObjects} the images the content names, by id.
 */
public record Document(String documentId, String title, long revision, List<StructuralElement> body,
                       Map<String, JsonNode> lists, List<DocNamedRange> namedRanges, Header header, Footer footer,
                       Map<String, JsonNode> styles, Map<String, JsonNode> inlineObjects) {
    public Document {
        styles = styles == null ? Map.of() : Map.copyOf(styles);
        inlineObjects = inlineObjects == null ? Map.of() : Map.copyOf(inlineObjects);
        body = List.copyOf(body);
        lists = Map.copyOf(lists);
        namedRanges = List.copyOf(namedRanges);
    }

    public Document withTitle(String newTitle) {
        return new Document(documentId, newTitle, revision, body, lists, namedRanges, header, footer, styles, inlineObjects);
    }

    public Document withId(String newId) {
        return new Document(newId, title, revision, body, lists, namedRanges, header, footer, styles, inlineObjects);
    }

    public Document withRevision(long newRevision) {
        return new Document(documentId, title, newRevision, body, lists, namedRanges, header, footer, styles,
                inlineObjects);
    }

    /** The body's paragraph text, newlines included, table cells row by row (page breaks read as U+000C). */
    public String text() {
        StringBuilder out = new StringBuilder();
        body.forEach(e -> out.append(e.text()));
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
