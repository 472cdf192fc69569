package dev.dtu.recording.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Placeholders placeholders = new Placeholders(new byte[32]);
    private final Redactor redactor = new Redactor(placeholders, false);

    @Test
    void credentialHeadersKeepTheirSchemeAndTokenKind() {
        String bot = redactor.header("Authorization", "Bearer xoxb-1234-5678-abcdefghijkl");
        assertTrue(bot.startsWith("Bearer xoxb-REDACTED-"), bot);
        assertTrue(redactor.header("Authorization", "SSWS 00abcDEF-secret").startsWith("SSWS REDACTED-"));
        assertTrue(redactor.header("Cookie", "d=xyz; b=1").startsWith("REDACTED-"));
        assertEquals("application/json", redactor.header("Content-Type", "application/json"));
    }

    @Test
    void oneSecretGetsOnePlaceholderAndTwoSecretsTwo() {
        assertEquals(placeholders.of("s3cr3t-one"), placeholders.of("s3cr3t-one"));
        assertNotEquals(placeholders.of("s3cr3t-one"), placeholders.of("s3cr3t-two"));
        assertEquals(placeholders.of("s3cr3t-one"), placeholders.of(placeholders.of("s3cr3t-one")), "redacting twice changes nothing");
    }

    @Test
    void queryParametersNamedLikeSecretsAreReplacedOthersKept() {
        String q = redactor.query("channel=C123&token=xoxp-1-2-3-abcdef&key=AIzaSyA&pageToken=next123&code=abc");
        assertTrue(q.startsWith("channel=C123&token=xoxp-REDACTED-"), q);
        assertTrue(q.contains("&pageToken=next123&"), "pagination tokens are not secrets: " + q);
        assertFalse(q.contains("AIzaSyA") || q.contains("code=abc"), q);
    }

    @Test
    void jsonBodiesAreRedactedAsAStreamIncludingNestedSecretsAndTokensInText() throws IOException {
        String body = "{\"ok\":true,\"access_token\":\"xoxb-99-88-zzzzzzzzzzzz\",\"key\":\"ECTO-1\","
                + "\"credentials\":{\"password\":{\"value\":\"hunter22\"},\"provider\":{\"type\":\"OKTA\"}},"
                + "\"text\":\"use ya29.a0AfH6SMBverylongtoken please\",\"nextPageToken\":\"p2\",\"n\":3}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRedaction(redactor).copy(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), out);
        JsonNode r = Json.parse(out.toByteArray());
        assertTrue(r.path("access_token").asText().startsWith("xoxb-REDACTED-"));
        assertEquals("ECTO-1", r.path("key").asText(), "a Jira issue key is not a secret");
        assertTrue(r.path("credentials").path("password").path("value").asText().startsWith("REDACTED-"));
        assertTrue(r.path("text").asText().startsWith("use ya29.REDACTED-"));
        assertEquals("p2", r.path("nextPageToken").asText());
        assertEquals(3, r.path("n").asInt());
    }

    @Test
    void emailsAreReplacedOnlyWhenAsked() {
        String text = "ping egon.spengler@ghostbusters.example";
        assertEquals(text, redactor.text(text));
        String redacted = new Redactor(placeholders, true).text(text);
        assertTrue(redacted.matches("ping person-[0-9a-f]{12}@redacted\\.example"), redacted);
    }
}
