package dev.dtu.recording.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordedBody;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StructuralDiffTest {
    private static JsonNode json(String text) {
        return Json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Comparison compare(Vendor v, JsonNode recorded, JsonNode twin) {
        Comparison out = new Comparison();
        new StructuralDiff(VendorRules.of(v), new IdMap(VendorRules.of(v))).compare(recorded, twin, "$", null, out);
        return out;
    }

    @Test
    void usersInAnotherOrderAreTheSameUsers() {
        JsonNode recorded = json("""
                [{"id": "00u1", "status": "ACTIVE", "profile": {"login": "ada@x.example", "firstName": "Ada"}},
                 {"id": "00u2", "status": "SUSPENDED", "profile": {"login": "alan@x.example", "firstName": "Alan"}}]""");
        JsonNode twin = json("""
                [{"id": "00uB", "status": "SUSPENDED", "profile": {"login": "alan@x.example", "firstName": "Alan"}},
                 {"id": "00uA", "status": "ACTIVE", "profile": {"login": "ada@x.example", "firstName": "Ada"}}]""");
        Comparison c = compare(Vendor.OKTA, recorded, twin);
        assertEquals(List.of(), c.differences());
    }

    @Test
    void anOrderTheVendorDocumentsIsOneCheckOfItsOwn() {
        JsonNode recorded = json("""
                {"ok": true, "messages": [{"type": "message", "ts": "1700000002.000200", "text": "second"},
                                          {"type": "message", "ts": "1700000001.000100", "text": "first"}]}""");
        JsonNode twin = json("""
                {"ok": true, "messages": [{"type": "message", "ts": "1700000001.000100", "text": "first"},
                                          {"type": "message", "ts": "1700000002.000200", "text": "second"}]}""");
        Comparison c = compare(Vendor.SLACK, recorded, twin);
        assertEquals(1, c.differences().size(), c.differences().toString());
        assertEquals("$.messages (order)", c.differences().get(0).path());
    }

    @Test
    void volatileValuesCompareByTypeAndFormat() {
        Comparison same = compare(Vendor.OKTA, json("{\"errorId\": \"oaeAbCdEf\", \"lastUpdated\": \"2024-03-05T10:15:30.000Z\"}"),
                json("{\"errorId\": \"dtu9f8e7d\", \"lastUpdated\": \"2026-12-07T15:00:01.123Z\"}"));
        assertEquals(List.of(), same.differences());
        Comparison other = compare(Vendor.OKTA, json("{\"lastUpdated\": \"2024-03-05T10:15:30.000Z\"}"),
                json("{\"lastUpdated\": \"1709633730\"}"));
        assertEquals("format", other.differences().get(0).kind());
        Comparison cache = compare(Vendor.SLACK, json("{\"cache_ts\": 1709633730}"), json("{\"cache_ts\": 1765119600}"));
        assertEquals(List.of(), cache.differences());
    }

    @Test
    void redactedValuesCompareByTypeNeverPassForAnything() {
        JsonNode recorded = json("""
                {"access_token": "xoxb-REDACTED-0a1b2c3d4e5f", "email": "person-0a1b2c3d4e5f@redacted.example"}""");
        assertEquals(List.of(), compare(Vendor.SLACK, recorded, json("""
                {"access_token": "xoxb-123-456-abc", "email": "ann@acme.test"}""")).differences());
        Comparison wrong = compare(Vendor.SLACK, recorded, json("""
                {"access_token": 42, "email": null}"""));
        assertEquals(2, wrong.differences().size(), wrong.differences().toString());
        assertTrue(wrong.differences().stream().allMatch(d -> d.kind().equals("type")));
        Comparison otherKind = compare(Vendor.SLACK, recorded, json("""
                {"access_token": "xoxp-123-456-abc", "email": "ann@acme.test"}"""));
        assertEquals(1, otherKind.differences().size(), "a user token where a bot token was recorded");
    }

    @Test
    void contentTypeIsNotComparedOnAnEmptyBody() {
        Exchange deleted = new Exchange("m.json", 1, Vendor.OKTA, "DELETE", "/api/v1/groups/00g1", Map.of(), null,
                new byte[0], null, 204, Map.of("Content-Type", List.of("application/json")), RecordedBody.empty());
        TwinAnswer answer = new TwinAnswer(204, Map.of(), new byte[0]);
        Comparison c = new ExchangeCheck(VendorRules.of(Vendor.OKTA), new IdMap(VendorRules.of(Vendor.OKTA))).compare(deleted, answer);
        assertEquals(List.of(), c.differences());
        assertEquals(1, c.checks(), "the status alone");
    }

    @Test
    void rateLimitHeadersCompareByFormat() {
        Exchange listed = new Exchange("m.json", 1, Vendor.OKTA, "GET", "/api/v1/groups", Map.of(), null, new byte[0], null,
                200, Map.of("X-Rate-Limit-Reset", List.of("1709633790"), "X-Rate-Limit-Remaining", List.of("599")),
                RecordedBody.empty());
        ExchangeCheck check = new ExchangeCheck(VendorRules.of(Vendor.OKTA), new IdMap(VendorRules.of(Vendor.OKTA)));
        Comparison same = check.compare(listed, new TwinAnswer(200,
                Map.of("X-Rate-Limit-Reset", List.of("1765119660"), "X-Rate-Limit-Remaining", List.of("42")), new byte[0]));
        assertEquals(List.of(), same.differences());
        Comparison other = check.compare(listed, new TwinAnswer(200,
                Map.of("X-Rate-Limit-Reset", List.of("Sun, 07 Dec 2026 15:01:00 GMT"), "X-Rate-Limit-Remaining", List.of("42")),
                new byte[0]));
        assertEquals(1, other.differences().size(), other.differences().toString());
        assertEquals("format", other.differences().get(0).kind());
    }

    @Test
    void theTwinsFieldOrderDoesNotMoveTheReport() {
        JsonNode recorded = json("{\"ok\": true, \"inner\": 5}");
        Comparison one = compare(Vendor.SLACK, recorded, json("{\"ok\": true, \"z\": 1, \"inner\": {\"b\": 1, \"a\": 2}}"));
        Comparison two = compare(Vendor.SLACK, recorded, json("{\"inner\": {\"a\": 2, \"b\": 1}, \"ok\": true, \"z\": 1}"));
        assertEquals(one.differences(), two.differences());
        assertEquals(2, one.differences().size(), one.differences().toString());
    }

    record Person(String login, String status, String name) {}

    @Provide
    Arbitrary<List<Person>> people() {
        Arbitrary<Person> person = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("ACTIVE", "SUSPENDED", "STAGED"), Arbitraries.strings().alpha().ofMaxLength(5))
                .as((login, status, name) -> new Person(login + "@x.example", status, name));
        return person.list().ofMaxSize(8).uniqueElements(Person::login);
    }

    private static ArrayNode users(List<Person> people, String idPrefix) {
        ArrayNode out = Json.array();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            ObjectNode u = out.addObject().put("id", idPrefix + i).put("status", p.status());
            u.putObject("profile").put("login", p.login()).put("firstName", p.name());
        }
        return out;
    }

    /** Okta documents no order for List Users: the twin's answer in any order scores the same. */
    @Property(tries = 200)
    void shufflingAnArrayTheVendorDoesNotOrderNeverChangesTheScore(@ForAll("people") List<Person> recorded,
            @ForAll("people") List<Person> twin, @ForAll long seed) {
        List<Person> shuffled = new ArrayList<>(twin);
        Collections.shuffle(shuffled, new Random(seed));
        Comparison before = compare(Vendor.OKTA, users(recorded, "00uR"), users(twin, "00uT"));
        Comparison after = compare(Vendor.OKTA, users(recorded, "00uR"), users(shuffled, "00uT"));
        assertEquals(before.checks(), after.checks());
        assertEquals(before.differences().size(), after.differences().size(),
                before.differences() + " vs " + after.differences());
        List<Person> sameOnes = new ArrayList<>(recorded);
        Collections.shuffle(sameOnes, new Random(seed));
        assertTrue(compare(Vendor.OKTA, users(recorded, "00uR"), users(sameOnes, "00uT")).differences().isEmpty());
    }
}
