package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import dev.dtu.twins.google.GoogleWorld;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #15 items 5 and 6 for Drive: deep q answers Invalid Value, long names are refused, work stays linear. */
class DriveLimitsTest {
    static GoogleWorld world;
    static Drive ada;

    @BeforeAll
    static void start() {
        world = GoogleWorld.create();
        ada = world.drive("ada");
    }

    private static void assertInvalidQ(String q) {
        GoogleJsonResponseException e = GoogleWorld.error(() -> ada.files().list().setQ(q).execute());
        assertEquals(400, e.getStatusCode(), e.getContent());
        assertEquals("Invalid Value", e.getDetails().getMessage());
        assertEquals("q", e.getDetails().getErrors().get(0).getLocation());
    }

    @Test
    void tenThousandNotsAnswerInvalidValue() {
        assertInvalidQ("not ".repeat(10_000) + "trashed = true");
    }

    @Test
    void twentyThousandParenthesesAnswerInvalidValue() {
        assertInvalidQ("(".repeat(20_000) + "trashed = true" + ")".repeat(20_000));
    }

    @Test
    void aLongFlatChainOfClausesIsNotNesting() throws Exception {
        File f = ada.files().create(new File().setName("chain target")).setFields("id").execute();
        String q = String.join(" or ", Collections.nCopies(3_000, "name = 'nope'")) + " or name = 'chain target'";
        FileList found = ada.files().list().setQ(q).setFields("files(id)").execute();
        assertEquals(List.of(f.getId()), found.getFiles().stream().map(File::getId).toList());
    }

    @Test
    void aNameOverTheLimitIsRefusedAndOneAtItIsKept() throws Exception {
        GoogleJsonResponseException e = GoogleWorld.error(() ->
                ada.files().create(new File().setName("x".repeat(32_768))).execute());
        assertEquals(400, e.getStatusCode(), e.getContent());
        assertEquals("name", e.getDetails().getErrors().get(0).getLocation());
        GoogleJsonResponseException multibyte = GoogleWorld.error(() ->
                ada.files().create(new File().setName("é".repeat(16_384))).execute());
        assertEquals(400, multibyte.getStatusCode(), "the limit counts UTF-8 bytes");
        File kept = ada.files().create(new File().setName("y".repeat(32_767))).setFields("id,name").execute();
        assertEquals(32_767, kept.getName().length());
        GoogleJsonResponseException renamed = GoogleWorld.error(() ->
                ada.files().update(kept.getId(), new File().setName("z".repeat(40_000))).execute());
        assertEquals(400, renamed.getStatusCode());
    }

    @Test
    void manyNameContainsClausesOverLongNamesSplitEachNameOnce() throws Exception {
        String words = "w ".repeat(16_000);
        File f = ada.files().create(new File().setName(words + "needle")).setFields("id").execute();
        String q = String.join(" and ", Collections.nCopies(300, "name contains 'w'")) + " and name contains 'need'";
        FileList found = ada.files().list().setQ(q).setFields("files(id)").execute();
        assertEquals(List.of(f.getId()), found.getFiles().stream().map(File::getId).toList());
        String none = String.join(" and ", Collections.nCopies(300, "name contains 'w'")) + " and name contains 'x'";
        assertEquals(List.of(), ada.files().list().setQ(none).setFields("files(id)").execute().getFiles());
    }
}
