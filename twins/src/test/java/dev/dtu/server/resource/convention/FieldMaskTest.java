package dev.dtu.server.resource.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMaskTest {
    final JsonNode doc = json("{kind: k, files: [{id: 1, name: a, owners: [{me: true, email: x}]}], next: t}");

    @Test
    void selectsPathsGroupsAndStarsAsGoogleDocumentsThem() {
        assertEquals(json("{kind: k}"), FieldMask.parse("kind").apply(doc));
        assertEquals(json("{files: [{id: 1}], next: t}"), FieldMask.parse("files/id,next").apply(doc));
        assertEquals(json("{files: [{name: a, owners: [{email: x}]}]}"), FieldMask.parse("files(name,owners/email)").apply(doc));
        assertEquals(doc, FieldMask.parse("*").apply(doc));
        assertEquals(json("{files: [{id: 1, name: a}]}"), FieldMask.parse("files(id),files(name)").apply(doc));
        // "fields=items(id) is equivalent to fields=items/id"
        assertEquals(FieldMask.parse("files/id").apply(doc), FieldMask.parse("files(id)").apply(doc));
        assertEquals(json("{files: [{owners: [{me: true, email: x}]}]}"), FieldMask.parse("files/owners/*").apply(doc));
    }

    @Test
    void readsSheetsDotPathsAndSpacesBetweenTokens() {
        assertEquals(FieldMask.parse("files/owners/email").apply(doc), FieldMask.parse("files.owners.email").apply(doc));
        assertEquals(FieldMask.parse("files(id,name)").apply(doc), FieldMask.parse(" files ( id , name ) ").apply(doc));
        assertEquals(List.of("userEnteredFormat.backgroundColor", "userEnteredFormat.textFormat.bold"),
                FieldMask.parse("userEnteredFormat(backgroundColor,textFormat/bold)").paths());
        assertEquals(List.of("*"), FieldMask.parse("a,*").paths());
    }

    @Test
    void tellsWhatItSelects() {
        FieldMask mask = FieldMask.parse("sheets.properties(title),spreadsheetId");
        assertTrue(mask.selects("sheets"));
        assertFalse(mask.selects("namedRanges"));
        assertEquals(List.of("properties.title"), mask.child("sheets").paths());
        assertNull(mask.child("namedRanges"));
        assertTrue(mask.child("spreadsheetId").isAll());
    }

    @Test
    void rejectsWhatIsNotAMaskNamingTheSelection() {
        for (String bad : List.of("files(id", "files,,id", "a)", "", "a//b", "a(b)c", "*/a", "a(*/b)", "a..b", "fi les",
                "a(", "a(b))", "a-b", ",a", "a,")) {
            FieldMask.Invalid e = assertThrows(FieldMask.Invalid.class, () -> FieldMask.parse(bad), bad);
            assertEquals("Invalid field selection " + bad, e.getMessage());
            assertEquals(bad, e.selection());
        }
    }

    @Test
    void refusesNestingPastItsBoundInsteadOfOverflowing() {
        assertThrows(FieldMask.Invalid.class, () -> FieldMask.parse("a(".repeat(100_000) + "b" + ")".repeat(100_000)));
        assertThrows(FieldMask.Invalid.class, () -> FieldMask.parse("a/".repeat(100_000) + "b"));
        FieldMask.parse("a(".repeat(FieldMask.MAX_DEPTH) + "b" + ")".repeat(FieldMask.MAX_DEPTH));
    }

    @Test
    void theGoogleConventionAnswersABadMaskWithGooglesInvalidParameter() {
        Request request = new Request("GET", "/widgets", Map.of("fields", List.of("files(id")), Map.of(), new byte[0], "http://127.0.0.1:1/u/u-1/google");
        Response r = GoogleConvention.masked(request, null, doc);
        assertEquals(400, r.status());
        assertEquals(json("""
                {error: {code: 400, message: 'Invalid field selection files(id', status: INVALID_ARGUMENT,
                  errors: [{message: 'Invalid field selection files(id', domain: global, reason: invalidParameter,
                            locationType: parameter, location: fields}]}}"""), Json.parse(r.body()));
    }

    private static JsonNode json(String text) {
        return Json.parseYaml(text);
    }
}
