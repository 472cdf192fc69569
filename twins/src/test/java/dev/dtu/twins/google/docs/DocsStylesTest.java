package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.Dimension;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.DocumentStyle;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.SectionStyle;
import com.google.api.services.docs.v1.model.UpdateDocumentStyleRequest;
import com.google.api.services.docs.v1.model.UpdateSectionStyleRequest;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** updateDocumentStyle and updateSectionStyle through the Docs client: masked fields set, others kept. */
class DocsStylesTest {
    static Docs docs;

    @BeforeAll
    static void start() {
        docs = GoogleWorld.create().docs("ada");
    }

    private static String newDoc() throws Exception {
        String id = docs.documents().create(new Document().setTitle("styled")).execute().getDocumentId();
        batch(id, new Request().setInsertText(new InsertTextRequest().setText("Hello\n").setLocation(new Location()
                .setIndex(1))));
        return id;
    }

    private static void batch(String id, Request... requests) throws Exception {
        docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(requests))).execute();
    }

    private static Dimension pt(double magnitude) {
        return new Dimension().setMagnitude(magnitude).setUnit("PT");
    }

    @Test
    void documentStyleFieldsNamedByTheMaskAreSetAndTheRestKept() throws Exception {
        String id = newDoc();
        batch(id, new Request().setUpdateDocumentStyle(new UpdateDocumentStyleRequest().setDocumentStyle(
                new DocumentStyle().setMarginTop(pt(36)).setMarginLeft(pt(10)).setPageNumberStart(3))
                .setFields("marginTop,pageNumberStart")));
        DocumentStyle style = docs.documents().get(id).execute().getDocumentStyle();
        assertEquals(36.0, style.getMarginTop().getMagnitude());
        assertEquals(72.0, style.getMarginLeft().getMagnitude(), "not in the mask: unchanged");
        assertEquals(3, style.getPageNumberStart());
        assertEquals(612.0, style.getPageSize().getWidth().getMagnitude());

        batch(id, new Request().setUpdateDocumentStyle(new UpdateDocumentStyleRequest().setDocumentStyle(
                new DocumentStyle()).setFields("marginTop")));
        assertEquals(72.0, docs.documents().get(id).execute().getDocumentStyle().getMarginTop().getMagnitude(),
                "a masked field the request leaves out goes back to the default");
        assertEquals(400, GoogleWorld.error(() -> docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest()
                .setRequests(List.of(new Request().setUpdateDocumentStyle(new UpdateDocumentStyleRequest()
                        .setDocumentStyle(new DocumentStyle().setDefaultHeaderId("x")).setFields("defaultHeaderId")))))
                .execute()).getStatusCode(), "the header ids are read-only");
        assertEquals(400, GoogleWorld.error(() -> docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest()
                .setRequests(List.of(new Request().setUpdateDocumentStyle(new UpdateDocumentStyleRequest()
                        .setDocumentStyle(new DocumentStyle().setMarginTop(pt(1))))))).execute()).getStatusCode(),
                "fields is required");
    }

    @Test
    void theBodysSectionTakesItsStyle() throws Exception {
        String id = newDoc();
        batch(id, new Request().setUpdateSectionStyle(new UpdateSectionStyleRequest().setRange(new Range()
                .setStartIndex(1).setEndIndex(3)).setSectionStyle(new SectionStyle().setMarginBottom(pt(20))
                .setColumnSeparatorStyle("BETWEEN_EACH_COLUMN")).setFields("*")));
        SectionStyle style = docs.documents().get(id).execute().getBody().getContent().get(0).getSectionBreak()
                .getSectionStyle();
        assertEquals(20.0, style.getMarginBottom().getMagnitude());
        assertEquals("BETWEEN_EACH_COLUMN", style.getColumnSeparatorStyle());
        assertEquals("CONTINUOUS", style.getSectionType());
        assertNull(style.getMarginTop(), "'*' with no marginTop leaves it at its (absent) default");
        assertEquals(400, GoogleWorld.error(() -> docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest()
                .setRequests(List.of(new Request().setUpdateSectionStyle(new UpdateSectionStyleRequest().setRange(
                        new Range().setStartIndex(1).setEndIndex(900)).setSectionStyle(new SectionStyle())
                        .setFields("marginTop"))))).execute()).getStatusCode());
    }
}
