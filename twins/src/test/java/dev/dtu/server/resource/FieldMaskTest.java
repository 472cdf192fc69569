package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.resource.convention.FieldMask;
import org.junit.jupiter.api.Test;

class FieldMaskTest {
    final com.fasterxml.jackson.databind.JsonNode doc = json("{kind: k, files: [{id: 1, name: a, owners: [{me: true, email: x}]}], next: t}");

    @Test
    void selectsPathsGroupsAndStars() {
        assertEquals(json("{kind: k}"), FieldMask.parse("kind").apply(doc));
        assertEquals(json("{files: [{id: 1}], next: t}"), FieldMask.parse("files/id,next").apply(doc));
        assertEquals(json("{files: [{name: a, owners: [{email: x}]}]}"), FieldMask.parse("files(name,owners/email)").apply(doc));
        assertEquals(doc, FieldMask.parse("*").apply(doc));
        assertEquals(json("{files: [{id: 1, name: a}]}"), FieldMask.parse("files(id),files(name)").apply(doc));
    }

    @Test
    void rejectsWhatGoogleRejects() {
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("files(id"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("files,,id"));
        assertThrows(IllegalArgumentException.class, () -> FieldMask.parse("a)"));
    }
}
