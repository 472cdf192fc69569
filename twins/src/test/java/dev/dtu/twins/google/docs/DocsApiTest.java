package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentResponse;
import com.google.api.services.docs.v1.model.CreateNamedRangeRequest;
import com.google.api.services.docs.v1.model.CreateParagraphBulletsRequest;
import com.google.api.services.docs.v1.model.DeleteContentRangeRequest;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.ParagraphStyle;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.ReplaceAllTextRequest;
import com.google.api.services.docs.v1.model.ReplaceNamedRangeContentRequest;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.StructuralElement;
import com.google.api.services.docs.v1.model.SubstringMatchCriteria;
import com.google.api.services.docs.v1.model.TextStyle;
import com.google.api.services.docs.v1.model.UpdateParagraphStyleRequest;
import com.google.api.services.docs.v1.model.UpdateTextStyleRequest;
import com.google.api.services.docs.v1.model.WriteControl;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Docs v1 driven by the official Java client, checked against Google's UTF-16 index model. */
class DocsApiTest {
    static GoogleWorld world;
    static Docs ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.docs("ada");
    }

    private static BatchUpdateDocumentResponse update(String id, Request... requests) throws Exception {
        return ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(requests))).execute();
    }

    private static Request insert(int index, String text) {
        return new Request().setInsertText(new InsertTextRequest().setLocation(new Location().setIndex(index)).setText(text));
    }

    private static String text(Document d) {
        StringBuilder out = new StringBuilder();
        for (StructuralElement e : d.getBody().getContent()) {
            if (e.getParagraph() != null) {
                e.getParagraph().getElements().forEach(p -> out.append(p.getTextRun() == null ? "" : p.getTextRun().getContent()));
            }
        }
        return out.toString();
    }

    @Test
    void aNewDocumentIsASectionBreakAndOneEmptyParagraph() throws Exception {
        Document d = ada.documents().create(new Document().setTitle("Plan")).execute();
        List<StructuralElement> content = d.getBody().getContent();
        assertEquals(2, content.size());
        assertNotNull(content.get(0).getSectionBreak());
        assertEquals(1, content.get(0).getEndIndex());
        assertEquals(1, content.get(1).getStartIndex());
        assertEquals(2, content.get(1).getEndIndex());
        assertEquals("\n", content.get(1).getParagraph().getElements().get(0).getTextRun().getContent());
        assertEquals("application/vnd.google-apps.document",
                world.drive("ada").files().get(d.getDocumentId()).execute().getMimeType());
    }

    @Test
    void insertsSplitParagraphsAndIndexesCountUtf16Units() throws Exception {
        String id = ada.documents().create(new Document().setTitle("Indexes")).execute().getDocumentId();
        update(id, insert(1, "Hello 😀 world\nSecond"));
        Document d = ada.documents().get(id).execute();
        StructuralElement first = d.getBody().getContent().get(1);
        assertEquals(1, first.getStartIndex());
        assertEquals(16, first.getEndIndex(), "the emoji is two UTF-16 code units");
        StructuralElement second = d.getBody().getContent().get(2);
        assertEquals(16, second.getStartIndex());
        assertEquals(23, second.getEndIndex());
        update(id, new Request().setDeleteContentRange(new DeleteContentRangeRequest()
                .setRange(new Range().setStartIndex(6).setEndIndex(9))));
        assertEquals("Hello world\nSecond\n", text(ada.documents().get(id).execute()));
    }

    @Test
    void invalidIndexesGetGooglesMessages() throws Exception {
        String id = ada.documents().create(new Document().setTitle("Bounds")).execute().getDocumentId();
        update(id, insert(1, "ab"));
        GoogleJsonResponseException past = GoogleWorld.error(() -> update(id, insert(5, "x")));
        assertEquals(400, past.getStatusCode());
        assertEquals("Invalid requests[0].insertText: Index 5 must be less than the end index of the referenced "
                + "segment, 4.", past.getDetails().getMessage());
        GoogleJsonResponseException lastNewline = GoogleWorld.error(() -> update(id, new Request().setDeleteContentRange(
                new DeleteContentRangeRequest().setRange(new Range().setStartIndex(1).setEndIndex(4)))));
        assertEquals("Invalid requests[0].deleteContentRange: The range cannot include the newline character at the "
                + "end of the segment.", lastNewline.getDetails().getMessage());
        GoogleJsonResponseException zero = GoogleWorld.error(() -> update(id, insert(0, "x")));
        assertEquals(400, zero.getStatusCode());
        assertEquals("ab\n", text(ada.documents().get(id).execute()), "failed batches change nothing");
        assertEquals(404, GoogleWorld.error(() -> ada.documents().get("missing-doc").execute()).getStatusCode());
        assertEquals(403, GoogleWorld.error(() -> world.docs("linus").documents().get(id).execute()).getStatusCode());
    }

    @Test
    void replaceStylesBulletsAndNamedRanges() throws Exception {
        String id = ada.documents().create(new Document().setTitle("Styles")).execute().getDocumentId();
        update(id, insert(1, "Title\nfirst item\nsecond item\nHello NAME, hello name"));
        BatchUpdateDocumentResponse r = update(id,
                new Request().setUpdateParagraphStyle(new UpdateParagraphStyleRequest().setRange(new Range()
                        .setStartIndex(1).setEndIndex(2)).setParagraphStyle(new ParagraphStyle()
                        .setNamedStyleType("HEADING_1")).setFields("namedStyleType")),
                new Request().setUpdateTextStyle(new UpdateTextStyleRequest().setRange(new Range().setStartIndex(7)
                        .setEndIndex(12)).setTextStyle(new TextStyle().setBold(true)).setFields("bold")),
                new Request().setCreateParagraphBullets(new CreateParagraphBulletsRequest().setRange(new Range()
                        .setStartIndex(7).setEndIndex(25)).setBulletPreset("BULLET_DISC_CIRCLE_SQUARE")),
                new Request().setReplaceAllText(new ReplaceAllTextRequest().setContainsText(new SubstringMatchCriteria()
                        .setText("name").setMatchCase(false)).setReplaceText("Ada")),
                new Request().setCreateNamedRange(new CreateNamedRangeRequest().setName("greeting")
                        .setRange(new Range().setStartIndex(30).setEndIndex(35))));
        assertEquals(2, r.getReplies().get(3).getReplaceAllText().getOccurrencesChanged());
        String rangeId = r.getReplies().get(4).getCreateNamedRange().getNamedRangeId();
        update(id, new Request().setReplaceNamedRangeContent(new ReplaceNamedRangeContentRequest()
                .setNamedRangeId(rangeId).setText("Howdy")));
        Document d = ada.documents().get(id).execute();
        assertEquals("Title\nfirst item\nsecond item\nHowdy Ada, hello Ada\n", text(d));
        List<StructuralElement> c = d.getBody().getContent();
        assertEquals("HEADING_1", c.get(1).getParagraph().getParagraphStyle().getNamedStyleType());
        assertEquals(Boolean.TRUE, c.get(2).getParagraph().getElements().get(0).getTextRun().getTextStyle().getBold());
        assertNotNull(c.get(2).getParagraph().getBullet());
        assertNotNull(c.get(3).getParagraph().getBullet());
        assertEquals(null, c.get(4).getParagraph().getBullet());
        assertEquals(c.get(2).getParagraph().getBullet().getListId(), c.get(3).getParagraph().getBullet().getListId());
        assertNotNull(d.getLists().get(c.get(2).getParagraph().getBullet().getListId()));
        assertEquals(30, d.getNamedRanges().get("greeting").getNamedRanges().get(0).getRanges().get(0).getStartIndex());
    }

    @Test
    void writeControlRejectsAStaleRevision() throws Exception {
        String id = ada.documents().create(new Document().setTitle("Revisions")).execute().getDocumentId();
        String before = ada.documents().get(id).execute().getRevisionId();
        BatchUpdateDocumentResponse r = ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest()
                .setRequests(List.of(insert(1, "x"))).setWriteControl(new WriteControl().setRequiredRevisionId(before)))
                .execute();
        assertNotEquals(before, r.getWriteControl().getRequiredRevisionId());
        GoogleJsonResponseException stale = GoogleWorld.error(() -> ada.documents().batchUpdate(id,
                new BatchUpdateDocumentRequest().setRequests(List.of(insert(1, "y")))
                        .setWriteControl(new WriteControl().setRequiredRevisionId(before))).execute());
        assertEquals(400, stale.getStatusCode());
        ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(insert(1, "z")))
                .setWriteControl(new WriteControl().setTargetRevisionId(before))).execute();
        assertEquals("zx\n", text(ada.documents().get(id).execute()));
    }

    @Test
    void theSeededHandbookHasHeadingsAndAList() throws Exception {
        Document d = world.docsAt(world.rootUrl, world.appToken).documents().get("support-handbook").execute();
        assertEquals("Support handbook", d.getTitle());
        List<StructuralElement> c = d.getBody().getContent();
        assertEquals("HEADING_1", c.get(1).getParagraph().getParagraphStyle().getNamedStyleType());
        assertEquals("HEADING_2", c.get(3).getParagraph().getParagraphStyle().getNamedStyleType());
        assertEquals(3, c.stream().filter(e -> e.getParagraph() != null && e.getParagraph().getBullet() != null).count());
    }
}
