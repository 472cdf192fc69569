package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** documents.batchUpdate: requests applied in order, one reply each; any failure fails them all. */
public final class DocRequests {
    private final DocEditor doc;

    public DocRequests(DocEditor doc) {
        this.doc = doc;
    }

    public ArrayNode apply(JsonNode requests) {
        if (requests == null || !requests.isArray()) {
            throw GoogleException.invalidArgument("Invalid JSON payload received. 'requests' must be a list.");
        }
        ArrayNode replies = Json.array();
        for (int i = 0; i < requests.size(); i++) {
            Iterator<String> names = requests.get(i).fieldNames();
            if (!names.hasNext()) {
                throw GoogleException.invalidArgument("Invalid requests[" + i + "]: No request set.");
            }
            String kind = names.next();
            try {
                replies.add(dispatch(kind, requests.get(i).get(kind), i));
            } catch (GoogleException e) {
                if (e.getMessage().startsWith("Invalid requests[") || e.getMessage().startsWith("Invalid JSON")
                        || e.getMessage().startsWith("Invalid value at 'requests[")) {
                    throw e;
                }
                throw new GoogleException(e.code(), e.status(), "Invalid requests[" + i + "]." + kind + ": "
                        + e.getMessage(), e.reason(), null, null);
            } catch (FieldMask.Invalid e) {
                throw GoogleException.invalidArgument("Invalid requests[" + i + "]." + kind + ": " + e.getMessage());
            }
        }
        return replies;
    }

    private JsonNode dispatch(String kind, JsonNode body, int i) {
        ObjectNode reply = Json.object();
        switch (kind) {
            case "insertText" -> {
                Place at = place(body);
                at.segment().insertText(at.index(), body.path("text").asText(""));
            }
            case "deleteContentRange" -> range(body).deleteContentRange(start(body), end(body));
            case "replaceAllText" -> {
                JsonNode contains = body.path("containsText");
                int n = doc.replaceAllText(contains.path("text").asText(""), contains.path("matchCase").asBoolean(false),
                        body.path("replaceText").asText(""));
                ObjectNode r = reply.putObject("replaceAllText");
                if (n > 0) {
                    r.put("occurrencesChanged", n);
                }
            }
            case "updateTextStyle" -> range(body).updateTextStyle(start(body), end(body), body.path("textStyle"),
                    fields(body));
            case "updateParagraphStyle" -> range(body).updateParagraphStyle(start(body), end(body),
                    body.path("paragraphStyle"), fields(body));
            case "createParagraphBullets" -> createBullets(body);
            case "deleteParagraphBullets" -> range(body).setBullets(start(body), end(body), null);
            case "insertPageBreak" -> {
                Place at = place(body);
                at.segment().insertPageBreak(at.index());
            }
            case "insertInlineImage" -> {
                Place at = place(body);
                reply.putObject("insertInlineImage").put("objectId",
                        doc.insertInlineImage(at, body.path("uri").asText(""), body.path("objectSize")));
            }
            case "insertTable" -> {
                Place at = place(body);
                doc.tables(at.segmentId()).insertTable(at.index(), body.path("rows").asInt(0),
                        body.path("columns").asInt(0));
            }
            case "insertTableRow" -> {
                CellLocation cell = cell(body);
                doc.tables(cell.segmentId()).insertTableRow(cell.tableStart(), cell.row(), cell.column(),
                        body.path("insertBelow").asBoolean(false));
            }
            case "deleteTableRow" -> {
                CellLocation cell = cell(body);
                doc.tables(cell.segmentId()).deleteTableRow(cell.tableStart(), cell.row(), cell.column());
            }
            case "insertTableColumn" -> {
                CellLocation cell = cell(body);
                doc.tableColumns(cell.segmentId()).insertTableColumn(cell.tableStart(), cell.row(), cell.column(),
                        body.path("insertRight").asBoolean(false));
            }
            case "deleteTableColumn" -> {
                CellLocation cell = cell(body);
                doc.tableColumns(cell.segmentId()).deleteTableColumn(cell.tableStart(), cell.row(), cell.column());
            }
            case "mergeTableCells" -> doc.tableMerges(cell(body.path("tableRange")).segmentId())
                    .mergeTableCells(tableRange(body));
            case "unmergeTableCells" -> doc.tableMerges(cell(body.path("tableRange")).segmentId())
                    .unmergeTableCells(tableRange(body));
            case "updateTableColumnProperties" -> updateTableColumnProperties(body, i);
            case "updateDocumentStyle" -> DocStyles.update(doc.styles, DocStyles.DOCUMENT, body.path("documentStyle"),
                    fields(body), DocStyles.DOCUMENT_FIELDS);
            case "updateSectionStyle" -> updateSectionStyle(body);
            case "createHeader" -> reply.putObject("createHeader").put("headerId", doc.createHeader());
            case "createFooter" -> reply.putObject("createFooter").put("footerId", doc.createFooter());
            case "createNamedRange" -> reply.putObject("createNamedRange").put("namedRangeId",
                    doc.addNamedRange(body.path("name").asText(""), segmentId(body.path("range")), start(body), end(body)));
            case "replaceNamedRangeContent" -> doc.replaceNamedRangeContent(body.path("namedRangeId").asText(null),
                    body.path("namedRangeName").asText(null), body.path("text").asText(""));
            case "deleteNamedRange" -> doc.deleteNamedRange(body.path("namedRangeId").asText(null),
                    body.path("name").asText(null));
            default -> throw GoogleException.invalidArgument("Invalid JSON payload received. Unknown name \"" + kind
                    + "\" at 'requests[" + i + "]': Cannot find field.");
        }
        return reply;
    }

    private void createBullets(JsonNode body) {
        String preset = body.path("bulletPreset").asText("BULLET_DISC_CIRCLE_SQUARE");
        Segment segment = range(body);
        String listId = "kix." + Integer.toHexString((doc.id + ":list:" + doc.lists.size() + ":" + doc.revision).hashCode()
                & 0x7fffffff);
        doc.lists.put(listId, Lists.properties(preset));
        segment.setBullets(start(body), end(body), listId);
    }

    private void updateTableColumnProperties(JsonNode body, int i) {
        JsonNode properties = body.path("tableColumnProperties");
        String widthType = properties.path("widthType").asText("WIDTH_TYPE_UNSPECIFIED");
        if (!List.of("WIDTH_TYPE_UNSPECIFIED", "EVENLY_DISTRIBUTED", "FIXED_WIDTH").contains(widthType)) {
            throw GoogleException.invalidArgument("Invalid value at 'requests[" + i + "].update_table_column_properties"
                    + ".table_column_properties.width_type' (type.googleapis.com/google.apps.docs.v1"
                    + ".TableColumnProperties.WidthType), \"" + widthType + "\"");
        }
        List<String> fields = fields(body);
        JsonNode start = body.path("tableStartLocation");
        List<Integer> columns = new ArrayList<>();
        body.path("columnIndices").forEach(c -> columns.add(c.asInt()));
        doc.tableColumns(segmentId(start)).updateTableColumnProperties(start.path("index").asInt(0), columns,
                properties, fields);
    }

    /** Where an insert goes: {@code location} (segment and index) or {@code endOfSegmentLocation}. */
    record Place(Segment segment, String segmentId, int index) {}

    private Place place(JsonNode body) {
        if (body.has("endOfSegmentLocation")) {
            String id = segmentId(body.get("endOfSegmentLocation"));
            Segment s = doc.segment(id);
            return new Place(s, id, s.endIndex() - 1);
        }
        JsonNode location = body.path("location");
        String id = segmentId(location);
        Segment s = doc.segment(id);
        if (!location.has("index")) {
            throw GoogleException.invalidArgument("The insertion index must be inside the bounds of an existing "
                    + "paragraph. You can still create new paragraphs by inserting newlines.");
        }
        return new Place(s, id, location.get("index").asInt());
    }

    /** A TableCellLocation: the table's start (segment and index) and a row and column. */
    record CellLocation(String segmentId, int tableStart, int row, int column) {}

    private static CellLocation cell(JsonNode body) {
        JsonNode cell = body.path("tableCellLocation");
        JsonNode start = cell.path("tableStartLocation");
        return new CellLocation(segmentId(start), start.path("index").asInt(0), cell.path("rowIndex").asInt(0),
                cell.path("columnIndex").asInt(0));
    }

    private static TableMerges.Range tableRange(JsonNode body) {
        JsonNode range = body.path("tableRange");
        CellLocation at = cell(range);
        return new TableMerges.Range(at.tableStart(), at.row(), at.column(), range.path("rowSpan").asInt(0),
                range.path("columnSpan").asInt(0));
    }

    private static String segmentId(JsonNode location) {
        return location.path("segmentId").asText("");
    }

    private Segment range(JsonNode body) {
        return doc.segment(segmentId(body.path("range")));
    }

    private static int start(JsonNode body) {
        return body.path("range").path("startIndex").asInt(0);
    }

    private static int end(JsonNode body) {
        return body.path("range").path("endIndex").asInt(0);
    }

    /** The body has one section (the twin inserts no section breaks): a range inside the body styles it. */
    private void updateSectionStyle(JsonNode body) {
        JsonNode range = body.path("range");
        if (!range.path("segmentId").asText("").isEmpty()) {
            throw GoogleException.invalidArgument("Section styles can only be updated in the body.");
        }
        int start = range.path("startIndex").asInt(0);
        int end = range.path("endIndex").asInt(0);
        if (start < 0 || end <= start || end > doc.body().endIndex()) {
            throw GoogleException.invalidArgument("The range must be within the body and not empty.");
        }
        DocStyles.update(doc.styles, DocStyles.SECTION, body.path("sectionStyle"), fields(body),
                DocStyles.SECTION_FIELDS);
    }

    private static List<String> fields(JsonNode body) {
        String fields = body.path("fields").asText("");
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be listed in 'fields'. (Use '*' to "
                    + "indicate all fields.)");
        }
        return FieldMask.parse(fields).paths();
    }
}
