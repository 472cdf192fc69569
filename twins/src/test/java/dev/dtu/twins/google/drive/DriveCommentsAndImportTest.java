package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.Comment;
import com.google.api.services.drive.model.CommentList;
import com.google.api.services.drive.model.Reply;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drive comments and Drive v2's CSV import, as gspread's copy and import_csv use them. */
class DriveCommentsAndImportTest {
    static GoogleWorld world;
    static Drive ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
    }

    private static String spreadsheet() throws Exception {
        return world.sheets("ada").spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties()
                .setTitle("c"))).execute().getSpreadsheetId();
    }

    @Test
    void commentsAreCreatedListedAndNeedFields() throws Exception {
        String id = spreadsheet();
        Comment made = ada.comments().create(id, new Comment().setContent("Check row 2")).setFields("id,content,author")
                .execute();
        assertEquals("Check row 2", made.getContent());
        assertEquals("Ada Lovelace", made.getAuthor().getDisplayName());
        CommentList list = ada.comments().list(id).setFields("comments/content,nextPageToken").execute();
        assertEquals(List.of("Check row 2"), list.getComments().stream().map(Comment::getContent).toList());
        assertEquals(400, GoogleWorld.error(() -> ada.comments().list(id).execute()).getStatusCode());
        assertEquals(404, GoogleWorld.error(() -> world.drive("grace").comments().list(id).setFields("comments")
                .execute()).getStatusCode());
        ada.comments().delete(id, made.getId()).execute();
        assertTrue(ada.comments().list(id).setFields("comments").execute().getComments().isEmpty());
    }

    @Test
    void repliesResolveAndReopenAndOnlyAuthorsEditTheirText() throws Exception {
        String id = spreadsheet();
        world.drive("ada").permissions().create(id, new com.google.api.services.drive.model.Permission().setType("user")
                .setRole("commenter").setEmailAddress("linus.pauling@northwind.example")).execute();
        Drive linus = world.drive("linus");
        Comment made = linus.comments().create(id, new Comment().setContent("Is B2 right?").setAnchor("{\"r\":2}")
                .setQuotedFileContent(new Comment.QuotedFileContent().setMimeType("text/html").setValue("42")))
                .setFields("*").execute();
        assertEquals("42", made.getQuotedFileContent().getValue());
        assertEquals("{\"r\":2}", made.getAnchor());

        Reply answer = ada.replies().create(id, made.getId(), new Reply().setContent("Fixed").setAction("resolve"))
                .setFields("*").execute();
        assertEquals("resolve", answer.getAction());
        Comment resolved = ada.comments().get(id, made.getId()).setFields("resolved,replies(id,content)").execute();
        assertTrue(resolved.getResolved());
        assertEquals(List.of("Fixed"), resolved.getReplies().stream().map(Reply::getContent).toList());
        linus.replies().create(id, made.getId(), new Reply().setAction("reopen")).setFields("id").execute();
        assertEquals(false, ada.comments().get(id, made.getId()).setFields("resolved").execute().getResolved());
        assertEquals(2, ada.replies().list(id, made.getId()).setFields("replies(id)").execute().getReplies().size());

        assertEquals(403, GoogleWorld.error(() -> ada.comments().update(id, made.getId(), new Comment().setContent("x"))
                .setFields("id").execute()).getStatusCode(), "only the author edits a comment's text");
        assertEquals("Is C2 right?", linus.comments().update(id, made.getId(), new Comment().setContent("Is C2 right?"))
                .setFields("content").execute().getContent());
        assertEquals("Fixed now", ada.replies().update(id, made.getId(), answer.getId(), new Reply().setContent("Fixed now"))
                .setFields("content").execute().getContent());
        ada.replies().delete(id, made.getId(), answer.getId()).execute();
        assertEquals(1, ada.replies().list(id, made.getId()).setFields("replies(id)").execute().getReplies().size());
        assertEquals(404, GoogleWorld.error(() -> ada.replies().get(id, made.getId(), answer.getId()).setFields("id")
                .execute()).getStatusCode());
        assertTrue(ada.replies().get(id, made.getId(), answer.getId()).setIncludeDeleted(true).setFields("deleted")
                .execute().getDeleted());
        assertEquals(400, GoogleWorld.error(() -> ada.replies().create(id, made.getId(), new Reply()).setFields("id")
                .execute()).getStatusCode(), "a reply needs content or an action");
        assertEquals(400, GoogleWorld.error(() -> ada.replies().create(id, made.getId(), new Reply().setAction("shout"))
                .setFields("id").execute()).getStatusCode());
        assertEquals(400, GoogleWorld.error(() -> ada.replies().list(id, made.getId()).execute()).getStatusCode(),
                "fields is required");
        assertEquals(404, GoogleWorld.error(() -> ada.replies().list(id, "AAAAnope").setFields("replies").execute())
                .getStatusCode());
    }

    /** Comment ids come from the universe's state, as file ids do: the same in equal universes and in forks. */
    @Test
    void commentIdsAreTheSameInEqualUniversesAndForks() throws Exception {
        GoogleWorld one = GoogleWorld.create();
        GoogleWorld two = GoogleWorld.create();
        String first = comment(one, "A");
        assertEquals(first, comment(two, "A"), "equal universes, equal histories: equal comment ids");
        GoogleWorld fork = one.fork();
        String inParent = comment(one, "B");
        String inFork = comment(fork, "B");
        assertEquals(inParent, inFork, "a fork goes on from its parent's counters");
        assertTrue(!inParent.equals(first), "a second comment has its own id");
    }

    private static String comment(GoogleWorld w, String text) throws Exception {
        String file = w.drive("ada").files().list().setQ("name = 'A'").execute().getFiles().stream().findFirst()
                .map(com.google.api.services.drive.model.File::getId).orElse(null);
        if (file == null) {
            file = w.drive("ada").files().create(new com.google.api.services.drive.model.File().setName("A"))
                    .execute().getId();
        }
        return w.drive("ada").comments().create(file, new Comment().setContent(text)).setFields("id").execute().getId();
    }

    @Test
    void aCsvUploadedWithDriveV2ConvertReplacesTheSpreadsheet() throws Exception {
        String id = spreadsheet();
        Http.Reply r = Http.send("PUT", world.universeUrl + "upload/drive/v2/files/" + id
                        + "?uploadType=media&convert=True", "a,b\n1,2\n", "Content-Type", "text/csv",
                "Authorization", "Bearer " + world.tokens.get("ada"));
        assertEquals(200, r.status(), r.body());
        assertEquals("drive#file", r.json().path("kind").asText());
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")),
                world.sheets("ada").spreadsheets().values().get(id, "A1:B2").execute().getValues());
        Http.Reply pdf = Http.send("PUT", world.universeUrl + "upload/drive/v2/files/" + id + "?uploadType=media",
                "%PDF", "Content-Type", "application/pdf", "Authorization", "Bearer " + world.tokens.get("ada"));
        assertEquals(400, pdf.status());
        assertEquals("INVALID_ARGUMENT", pdf.json().path("error").path("status").asText());
    }
}
