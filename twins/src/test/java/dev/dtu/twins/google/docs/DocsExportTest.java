package dev.dtu.twins.google.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.docs.v1.model.BatchUpdateDocumentRequest;
import com.google.api.services.docs.v1.model.CreateParagraphBulletsRequest;
import com.google.api.services.docs.v1.model.Document;
import com.google.api.services.docs.v1.model.InsertTextRequest;
import com.google.api.services.docs.v1.model.Location;
import com.google.api.services.docs.v1.model.ParagraphStyle;
import com.google.api.services.docs.v1.model.Range;
import com.google.api.services.docs.v1.model.Request;
import com.google.api.services.docs.v1.model.UpdateParagraphStyleRequest;
import dev.dtu.twins.google.GoogleWorld;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** files.export of a Google Doc as HTML, through the Docs and Drive clients. */
class DocsExportTest {

    @Test
    void aDocExportsAsHtmlWithItsHeadingsParagraphsAndLists() throws Exception {
        GoogleWorld world = GoogleWorld.create();
        var docs = world.docs("ada");
        String id = docs.documents().create(new Document().setTitle("Plan <v2>")).execute().getDocumentId();
        docs.documents().batchUpdate(id, new BatchUpdateDocumentRequest().setRequests(List.of(
                new Request().setInsertText(new InsertTextRequest().setText("Goals\nShip & test\nOne\nTwo\n")
                        .setLocation(new Location().setIndex(1))),
                new Request().setUpdateParagraphStyle(new UpdateParagraphStyleRequest().setRange(new Range()
                        .setStartIndex(1).setEndIndex(6)).setParagraphStyle(new ParagraphStyle()
                        .setNamedStyleType("HEADING_2")).setFields("namedStyleType")),
                new Request().setCreateParagraphBullets(new CreateParagraphBulletsRequest().setRange(new Range()
                        .setStartIndex(19).setEndIndex(26)).setBulletPreset("BULLET_DISC_CIRCLE_SQUARE"))))).execute();
        String html = new String(world.drive("ada").files().export(id, "text/html").executeMediaAsInputStream()
                .readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html><html>"), html);
        assertTrue(html.contains("<title>Plan &lt;v2&gt;</title>"), html);
        assertTrue(html.contains("<h2>Goals</h2><p>Ship &amp; test</p><ul><li>One</li><li>Two</li></ul>"), html);
        assertTrue(html.endsWith("</body></html>"), html);
        assertEquals(true, world.drive("ada").files().get(id).setFields("exportLinks").execute().getExportLinks()
                .containsKey("text/html"));
    }
}
