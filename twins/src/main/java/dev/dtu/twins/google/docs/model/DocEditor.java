package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document being edited: its body, its default header and footer (each a {@link Segment} with its own
 * index space), lists and named ranges. Named ranges follow every splice of the segment they are in.
 */
public final class DocEditor {
    static final String BODY = "";

    final String id;
    String title;
    long revision;
    final Map<String, JsonNode> lists = new LinkedHashMap<>();
    final List<DocNamedRange> namedRanges = new ArrayList<>();
    final Map<String, JsonNode> styles = new LinkedHashMap<>();
    final Map<String, JsonNode> inlineObjects = new LinkedHashMap<>();
    private final Segment body;
    private String headerId;
    private Segment header;
    private String footerId;
    private Segment footer;

    private DocEditor(Document d) {
        id = d.documentId();
        title = d.title();
        revision = d.revision();
        lists.putAll(d.lists());
        namedRanges.addAll(d.namedRanges());
        styles.putAll(d.styles());
        inlineObjects.putAll(d.inlineObjects());
        body = new Segment(d.body(), 1, new NamedRangeShifts(namedRanges, BODY));
        if (d.header() != null) {
            headerId = d.header().headerId();
            header = new Segment(d.header().content(), 0, new NamedRangeShifts(namedRanges, headerId));
        }
        if (d.footer() != null) {
            footerId = d.footer().footerId();
            footer = new Segment(d.footer().content(), 0, new NamedRangeShifts(namedRanges, footerId));
        }
    }

    public static DocEditor open(Document d) {
        return new DocEditor(d);
    }

    /** A new document: one empty NORMAL_TEXT paragraph. */
    public static Document blank(String id, String title) {
        return new Document(id, title, 1, Segment.empty(), Map.of(), List.of(), null, null, Map.of(), Map.of());
    }

    public Document freeze() {
        return new Document(id, title, revision, body.freeze(), lists, namedRanges,
                header == null ? null : new Header(headerId, header.freeze()),
                footer == null ? null : new Footer(footerId, footer.freeze()), styles, liveInlineObjects());
    }

    /** The inline objects some segment still holds (deleting an image's index takes its object with it). */
    private Map<String, JsonNode> liveInlineObjects() {
        java.util.Set<String> live = new java.util.HashSet<>(body.inlineObjectIds());
        if (header != null) {
            live.addAll(header.inlineObjectIds());
        }
        if (footer != null) {
            live.addAll(footer.inlineObjectIds());
        }
        Map<String, JsonNode> out = new LinkedHashMap<>(inlineObjects);
        out.keySet().retainAll(live);
        return out;
    }

    /**
     * insertInlineImage: the image is stored by its URI, never fetched (so its size is what {@code objectSize} says,
     * none when absent); Docs takes a public http(s) URI of at most 2 kB (InsertInlineImageRequest's reference).
     */
    String insertInlineImage(DocRequests.Place at, String uri, JsonNode objectSize) {
        if (uri.isEmpty()) {
            throw GoogleException.invalidArgument("The uri must be set.");
        }
        if (uri.length() > 2048 || !(uri.startsWith("https://") || uri.startsWith("http://"))) {
            throw GoogleException.invalidArgument("Invalid requests: the image URI must be a public http(s) URL of at "
                    + "most 2 kB.");
        }
        String objectId = "kix." + Integer.toHexString((id + ":image:" + inlineObjects.size() + ":" + revision + ":"
                + at.index()).hashCode() & 0x7fffffff);
        at.segment().insertInlineObject(at.index(), objectId);
        ObjectNode embedded = dev.dtu.server.http.Json.object();
        embedded.putObject("imageProperties").put("contentUri", uri).put("sourceUri", uri);
        if (objectSize.isObject()) {
            embedded.set("size", objectSize.deepCopy());
        }
        ObjectNode object = dev.dtu.server.http.Json.object().put("objectId", objectId);
        object.putObject("inlineObjectProperties").set("embeddedObject", embedded);
        inlineObjects.put(objectId, object);
        return objectId;
    }

    public Segment body() {
        return body;
    }

    /** The segment a location or range names: the body for an empty id, else a header or footer. */
    public Segment segment(String segmentId) {
        if (segmentId == null || segmentId.isEmpty()) {
            return body;
        }
        if (segmentId.equals(headerId)) {
            return header;
        }
        if (segmentId.equals(footerId)) {
            return footer;
        }
        throw GoogleException.invalidArgument("The segment ID " + segmentId + " was not found.");
    }

    Tables tables(String segmentId) {
        return new Tables(segment(segmentId), segmentId == null || segmentId.isEmpty() ? 1 : 0);
    }

    TableColumns tableColumns(String segmentId) {
        return new TableColumns(segment(segmentId));
    }

    TableMerges tableMerges(String segmentId) {
        return new TableMerges(segment(segmentId));
    }

    /** The body's end index. */
    public int endIndex() {
        return body.endIndex();
    }

    /** The body's index units (table marks as their symbols). */
    public String text() {
        return body.text();
    }

    public void insertText(int index, String text) {
        body.insertText(index, text);
    }

    public void deleteContentRange(int start, int end) {
        body.deleteContentRange(start, end);
    }

    public int insertTable(int index, int rows, int columns) {
        return tables(BODY).insertTable(index, rows, columns);
    }

    public void updateParagraphStyle(int start, int end, JsonNode style, List<String> fields) {
        body.updateParagraphStyle(start, end, style, fields);
    }

    // "If a header of the specified type already exists, a 400 bad request error is returned." (CreateHeaderRequest)
    String createHeader() {
        if (header != null) {
            throw GoogleException.invalidArgument("A default header already exists.");
        }
        headerId = segmentId("header");
        header = new Segment(Segment.empty(), 0, new NamedRangeShifts(namedRanges, headerId));
        return headerId;
    }

    String createFooter() {
        if (footer != null) {
            throw GoogleException.invalidArgument("A default footer already exists.");
        }
        footerId = segmentId("footer");
        footer = new Segment(Segment.empty(), 0, new NamedRangeShifts(namedRanges, footerId));
        return footerId;
    }

    private String segmentId(String kind) {
        return "kix." + Integer.toHexString((id + ":" + kind + ":" + revision).hashCode() & 0x7fffffff);
    }

    /** replaceAllText runs over every segment. */
    int replaceAllText(String find, boolean matchCase, String replacement) {
        if (find.isEmpty()) {
            throw GoogleException.invalidArgument("The text to search for must not be empty.");
        }
        int count = body.replaceAllText(find, matchCase, replacement);
        count += header == null ? 0 : header.replaceAllText(find, matchCase, replacement);
        return count + (footer == null ? 0 : footer.replaceAllText(find, matchCase, replacement));
    }

    String addNamedRange(String name, String segmentId, int start, int end) {
        segment(segmentId).checkRange(start, end);
        if (name.isEmpty() || name.length() > 256) {
            throw GoogleException.invalidArgument("The name must be between 1 and 256 characters.");
        }
        String rangeId = "kix." + Integer.toHexString((id + ":" + name + ":" + namedRanges.size() + ":" + revision)
                .hashCode() & 0x7fffffff);
        namedRanges.add(new DocNamedRange(rangeId, name, segmentId == null ? BODY : segmentId, start, end));
        return rangeId;
    }

    void replaceNamedRangeContent(String rangeId, String name, String text) {
        DocNamedRange r = namedRanges.stream()
                .filter(x -> rangeId != null ? x.namedRangeId().equals(rangeId) : x.name().equals(name)).findFirst()
                .orElseThrow(() -> GoogleException.invalidArgument("The named range " + (rangeId != null
                        ? "with ID " + rangeId : "with name " + name) + " does not exist."));
        Segment s = segment(r.segmentId());
        String kept = Texts.stripped(text);
        if (!kept.isEmpty()) {
            s.insertUnits(r.startIndex(), kept, false);
        }
        int shifted = r.startIndex() + kept.length();
        int oldEnd = r.endIndex() + kept.length();
        if (oldEnd > shifted) {
            s.removeUnits(shifted - s.base(), oldEnd - s.base());
        }
        namedRanges.removeIf(x -> x.namedRangeId().equals(r.namedRangeId()));
        if (!kept.isEmpty()) {
            namedRanges.add(new DocNamedRange(r.namedRangeId(), r.name(), r.segmentId(), r.startIndex(), shifted));
        }
    }

    void deleteNamedRange(String rangeId, String name) {
        namedRanges.removeIf(r -> rangeId != null ? r.namedRangeId().equals(rangeId) : r.name().equals(name));
    }
}
