package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.EditorContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Documents as Drive sees them: created, imported from text, copied, exported as text, searched. */
public final class DocumentContent implements EditorContent {

    @Override
    public String mimeType() {
        return DriveFile.DOCUMENT;
    }

    @Override
    public void create(Tx tx, String id, String title, String sourceMediaType, byte[] source) {
        DocEditor doc = DocEditor.open(DocEditor.blank(id, title));
        if (source != null && source.length > 0) {
            String text = new String(source, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            if (!text.isEmpty()) {
                doc.insertText(1, text);
            }
        }
        tx.put(Documents.DOCUMENTS, id, doc.freeze());
    }

    @Override
    public void rename(Tx tx, String id, String title) {
        tx.get(Documents.DOCUMENTS, id).ifPresent(d -> tx.put(Documents.DOCUMENTS, id, d.withTitle(title)));
    }

    @Override
    public void copy(Tx tx, String fromId, String toId, String newTitle) {
        tx.get(Documents.DOCUMENTS, fromId).ifPresent(d -> tx.put(Documents.DOCUMENTS, toId, d.withId(toId).withTitle(newTitle)));
    }

    @Override
    public void delete(Tx tx, String id) {
        tx.remove(Documents.DOCUMENTS, id);
    }

    @Override
    public List<String> exportFormats() {
        return List.of(DOCX, PDF, "text/plain", "text/markdown", "text/html");
    }

    @Override
    public List<String> importFormats() {
        return List.of("text/plain", "text/markdown", "text/html");
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    /**
     * Plain text as Drive exports it: a byte-order mark, then the text with CRLF line ends; or HTML, DOCX
     * ({@link DocxExport}), or a PDF of the text's lines wrapped to the page.
     */
    @Override
    public Optional<byte[]> export(State state, String id, String exportMimeType) {
        if (exportMimeType.equals(DOCX)) {
            return state.get(Documents.DOCUMENTS, id).map(DocxExport::of);
        }
        if (exportMimeType.equals(PDF)) {
            return state.get(Documents.DOCUMENTS, id).map(d -> dev.dtu.twins.google.drive.model.PdfText.ofText(d.title(),
                    List.of(d.text().replace("\u000c", "\n").split("\n", -1))));
        }
        if (exportMimeType.equals("text/html")) {
            return state.get(Documents.DOCUMENTS, id).map(d -> HtmlExport.of(d).getBytes(StandardCharsets.UTF_8));
        }
        if (!exportMimeType.equals("text/plain") && !exportMimeType.equals("text/markdown")) {
            return Optional.empty();
        }
        return state.get(Documents.DOCUMENTS, id).map(d -> {
            String text = d.text().replace("\u000c", "");
            text = text.substring(0, text.length() - 1).replace("\n", "\r\n");
            String body = exportMimeType.equals("text/plain") ? "\uFEFF" + text : text;
            return body.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Override
    public String fullText(State state, String id) {
        return state.get(Documents.DOCUMENTS, id).map(Document::text).orElse("");
    }

    /**
     * The seed's document: {@code content: [{heading, level}, {paragraph}, {bullets: [..], numbered}]}, written
     * through the same requests the API applies.
     */
    public void seed(Tx tx, String id, String title, JsonNode spec, String path) {
        DocEditor doc = DocEditor.open(DocEditor.blank(id, title));
        JsonNode content = spec.path("content");
        for (int i = 0; i < content.size(); i++) {
            JsonNode block = content.get(i);
            int start = doc.endIndex() - 1;
            if (block.has("heading")) {
                append(doc, block.get("heading").asText());
                int level = block.path("level").asInt(1);
                if (level < 1 || level > 6) {
                    throw new SeedException(path + ".content[" + i + "].level", "a heading level is 1 to 6");
                }
                doc.updateParagraphStyle(start, doc.endIndex() - 1, Json.object().put("namedStyleType",
                        "HEADING_" + level), List.of("namedStyleType"));
            } else if (block.has("paragraph")) {
                append(doc, block.get("paragraph").asText());
            } else if (block.has("bullets")) {
                for (JsonNode item : block.get("bullets")) {
                    append(doc, item.asText());
                }
                new DocRequests(doc).apply(Json.array().add(Json.object().set("createParagraphBullets", Json.object()
                        .put("bulletPreset", block.path("numbered").asBoolean(false) ? "NUMBERED_DECIMAL_ALPHA_ROMAN"
                                : "BULLET_DISC_CIRCLE_SQUARE")
                        .set("range", Json.object().put("startIndex", start).put("endIndex", doc.endIndex() - 1)))));
            }
        }
        if (content.size() > 0) {
            doc.deleteContentRange(doc.endIndex() - 2, doc.endIndex() - 1);
        }
        tx.put(Documents.DOCUMENTS, id, doc.freeze());
    }

    // Adds a paragraph at the end: text and a newline before the body's final newline.
    private static void append(DocEditor doc, String text) {
        doc.insertText(doc.endIndex() - 1, text + "\n");
    }
}
