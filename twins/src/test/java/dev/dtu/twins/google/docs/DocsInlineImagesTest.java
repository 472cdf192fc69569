package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.docs.v1.Docs;
import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.DeleteContentRangeRequest;
import com.google.api.services.docs.v1.model.Dimension;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.EndOfSegmentLocation;
import com.google.api.services.docs.v1.model.InlineObject;
import com.google.api.services.docs.v1.model.InsertInlineImageRequest;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.ParagraphElement;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.Size;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** insertInlineImage: the image takes one index, is kept by its URI (never fetched), and goes with its index. */
class DocsInlineImagesTest {
    static Docs ada;
    static final String LOGO = "https://example.com/logo.png";

    @BeforeAll
    static void start() {
        ada = GoogleWorld.create().docs("ada");
    }

    private static String withText(String text) throws Exception {
        String id = ada.documents().create(new Document().setTitle("images")).execute().getDocumentId();
        batch(id, new Request().setInsertText(new InsertTextRequest().setText(text).setLocation(new Location().setIndex(1))));
        return id;
    }

    private static com.google.api.services.docs.v1.model.BatchUpdateDocumentResponse batch(String id, Request... r)
            throws Exception {
        return ada.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(r))).execute();
    }

    private static List<ParagraphElement> firstParagraph(Document d) {
        return d.getBody().getContent().get(1).getParagraph().getElements();
    }

    @Test
    void anImageTakesOneIndexAndIsKeptByItsUri() throws Exception {
        String id = withText("Report");
        Size size = new Size().setWidth(new Dimension().setMagnitude(120.0).setUnit("PT"))
                .setHeight(new Dimension().setMagnitude(40.0).setUnit("PT"));
        String objectId = batch(id, new Request().setInsertInlineImage(new InsertInlineImageRequest().setUri(LOGO)
                .setObjectSize(size).setLocation(new Location().setIndex(1)))).getReplies().get(0)
                .getInsertInlineImage().getObjectId();
        Document d = ada.documents().get(id).execute();
        List<ParagraphElement> elements = firstParagraph(d);
        assertEquals(objectId, elements.get(0).getInlineObjectElement().getInlineObjectId());
        assertEquals(1, elements.get(0).getStartIndex());
        assertEquals(2, elements.get(0).getEndIndex());
        assertEquals("Report\n", elements.get(1).getTextRun().getContent());
        assertEquals(2, elements.get(1).getStartIndex());
        InlineObject image = d.getInlineObjects().get(objectId);
        assertEquals(objectId, image.getObjectId());
        assertEquals(LOGO, image.getInlineObjectProperties().getEmbeddedObject().getImageProperties().getSourceUri());
        assertEquals(120.0, image.getInlineObjectProperties().getEmbeddedObject().getSize().getWidth().getMagnitude());

        batch(id, new Request().setInsertInlineImage(new InsertInlineImageRequest().setUri(LOGO + "?2")
                .setEndOfSegmentLocation(new EndOfSegmentLocation())));
        d = ada.documents().get(id).execute();
        assertEquals(2, d.getInlineObjects().size());
        assertEquals(8, firstParagraph(d).get(2).getStartIndex(), "at the end, before the paragraph's newline");

        batch(id, new Request().setDeleteContentRange(new DeleteContentRangeRequest().setRange(new Range()
                .setStartIndex(1).setEndIndex(2))));
        d = ada.documents().get(id).execute();
        assertEquals(1, d.getInlineObjects().size(), "a deleted image leaves inlineObjects");
        assertNull(d.getInlineObjects().get(objectId));
        assertEquals("Report", firstParagraph(d).get(0).getTextRun().getContent());
    }

    @Test
    void aMissingOrNonHttpUriIs400AndNothingIsInserted() throws Exception {
        String id = withText("x");
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setInsertInlineImage(
                new InsertInlineImageRequest().setLocation(new Location().setIndex(1))))).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setInsertInlineImage(
                new InsertInlineImageRequest().setUri("file:///etc/passwd").setLocation(new Location().setIndex(1)))))
                .getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> batch(id, new Request().setInsertInlineImage(
                new InsertInlineImageRequest().setUri(LOGO).setLocation(new Location().setIndex(99))))).getStatusCode());
        Document d = ada.documents().get(id).execute();
        assertNull(d.getInlineObjects());
        assertEquals("x\n", firstParagraph(d).get(0).getTextRun().getContent());
    }
}
