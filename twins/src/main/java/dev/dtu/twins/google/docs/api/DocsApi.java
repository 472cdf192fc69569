package dev.dtu.twins.google.docs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.google.api.EditorAccess;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.GoogleRoutes;
import dev.dtu.twins.google.docs.model.DocEditor;
import dev.dtu.twins.google.docs.model.DocRequests;
import dev.dtu.twins.google.docs.model.Document;
import dev.dtu.twins.google.docs.model.Documents;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;

/** Docs v1: documents.create, get and batchUpdate. */
public final class DocsApi {
    private static final List<String> VIEW_MODES = List.of("DEFAULT_FOR_CURRENT_ACCESS", "SUGGESTIONS_INLINE",
            "PREVIEW_SUGGESTIONS_ACCEPTED", "PREVIEW_WITHOUT_SUGGESTIONS");
    private final DriveFiles files;

    private DocsApi(DriveFiles files) {
        this.files = files;
    }

    public static void register(GoogleRoutes routes, DriveFiles files) {
        DocsApi d = new DocsApi(files);
        routes.add("POST", "/v1/documents", "docs.documents.create", d::create)
                .add("GET", "/v1/documents/{documentId}", "docs.documents.get", d::get)
                .add("POST:batchUpdate", "/v1/documents/{documentId}", "docs.documents.batchUpdate", d::batchUpdate);
    }

    Response create(GoogleCall c) {
        String title = c.body().path("title").asText("Untitled document");
        Document created = c.write(tx -> {
            String id = FileIds.next(tx);
            files.create(tx, c.caller(), id, title, DriveFile.DOCUMENT, null, null, null, null, c.now());
            return tx.put(Documents.DOCUMENTS, id, DocEditor.blank(id, title));
        });
        return c.json(DocumentJson.of(created, title, "SUGGESTIONS_INLINE"), null);
    }

    Response get(GoogleCall c) {
        DriveFile file = EditorAccess.require(c.state(), c.param("documentId"), DriveFile.DOCUMENT, c.caller(), Role.READER);
        String mode = c.query("suggestionsViewMode").orElse("SUGGESTIONS_INLINE");
        if (!VIEW_MODES.contains(mode)) {
            throw GoogleException.invalidArgument("Invalid value at 'suggestions_view_mode' "
                    + "(type.googleapis.com/google.apps.docs.v1.SuggestionsViewMode), \"" + mode + "\"");
        }
        String shown = mode.equals("DEFAULT_FOR_CURRENT_ACCESS") ? "SUGGESTIONS_INLINE" : mode;
        return c.json(DocumentJson.of(document(c.state(), file.id()), file.name(), shown), null);
    }

    Response batchUpdate(GoogleCall c) {
        ObjectNode body = c.body();
        ObjectNode out = c.write(tx -> {
            DriveFile file = EditorAccess.require(tx.state(), c.param("documentId"), DriveFile.DOCUMENT, c.caller(),
                    Role.WRITER);
            Document current = document(tx.state(), file.id());
            checkWriteControl(body.path("writeControl"), current);
            DocEditor doc = DocEditor.open(current);
            ArrayNode replies = new DocRequests(doc).apply(body.get("requests"));
            Document saved = doc.freeze();
            if (!saved.equals(current)) {
                saved = saved.withRevision(current.revision() + 1);
                tx.put(Documents.DOCUMENTS, file.id(), saved);
                tx.put(DriveAccess.FILES, file.id(), file.modified(c.now(), c.caller().id()));
            }
            ObjectNode r = Json.object();
            r.set("replies", replies);
            r.putObject("writeControl").put("requiredRevisionId", saved.revisionId());
            r.put("documentId", file.id());
            return r;
        });
        return c.json(out, null);
    }

    // requiredRevisionId must be the current revision; targetRevisionId may be any revision up to it
    // (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate#writecontrol).
    private static void checkWriteControl(JsonNode control, Document current) {
        if (control.has("requiredRevisionId")
                && !control.get("requiredRevisionId").asText().equals(current.revisionId())) {
            throw new GoogleException(400, "FAILED_PRECONDITION", "The document revision ID does not match the "
                    + "requiredRevisionId: the document was modified after that revision.", "failedPrecondition",
                    null, null);
        }
        if (control.has("targetRevisionId")) {
            String target = control.get("targetRevisionId").asText();
            boolean known = false;
            for (long r = 1; r <= current.revision() && !known; r++) {
                known = Document.revisionId(current.documentId(), r).equals(target);
            }
            if (!known) {
                throw GoogleException.invalidArgument("The targetRevisionId " + target + " is not a revision of "
                        + "this document.");
            }
        }
    }

    static Document document(dev.dtu.server.state.State state, String id) {
        return state.get(Documents.DOCUMENTS, id)
                .orElseThrow(() -> GoogleException.notFound("Requested entity was not found."));
    }
}
