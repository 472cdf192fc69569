package dev.dtu.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Secrets are replaced by value and by field; everything else in a body stays as it was. */
class RedactorTest {
    private final Redactor redactor = new Redactor(Map.of("xoxb-secret-1", "[slack:bot]"));

    @Test
    void knownCredentialsAreReplacedWhereverTheyAppear() {
        assertEquals("/api/x/[slack:bot]", redactor.redact("/api/x/xoxb-secret-1"));
        assertEquals("channel=C1&token=[slack:bot]", redactor.redact("channel=C1&token=xoxb-secret-1"));
        assertEquals("{\"text\":\"see [slack:bot]\"}", redactor.redact("{\"text\":\"see xoxb-secret-1\"}"));
        assertEquals("Bearer [slack:bot]", redactor.redact("Bearer xoxb-secret-1"));
    }

    @Test
    void secretFieldsAreReplacedAndLearntSoTheyStayHiddenLater() {
        String body = "{\"profile\":{\"login\":\"sam@x.example\"},\"credentials\":{\"password\":{\"value\":\"Horse-9x!\"},"
                + "\"recovery_question\":{\"question\":\"Who?\",\"answer\":\"Aunt Ethel\"}}}";
        String redacted = redactor.redact(body);
        assertEquals("{\"profile\":{\"login\":\"sam@x.example\"},\"credentials\":{\"password\":{\"value\":\"[password:1]\"},"
                + "\"recovery_question\":{\"question\":\"Who?\",\"answer\":\"[answer:2]\"}}}", redacted);
        assertEquals("grant_type=password&username=sam&password=[password:1]",
                redactor.redact("grant_type=password&username=sam&password=Horse-9x%21"));
        assertEquals("said [answer:2] and [password:1]", redactor.redact("said Aunt Ethel and Horse-9x%21"));
    }

    @Test
    void tokenAnswersKeepTheirShapeWithPlaceholders() {
        String jwt = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIwMHUxIiwidmVyIjoxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU";
        String answer = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + jwt
                + "\",\"refresh_token\":\"r-0123456789abcdef\",\"scope\":\"openid\"}";
        String redacted = redactor.redact(answer);
        assertFalse(redacted.contains(jwt) || redacted.contains("r-0123456789abcdef"), redacted);
        assertTrue(redacted.contains("\"expires_in\":3600") && redacted.contains("\"scope\":\"openid\""), redacted);
        assertEquals("token=[refresh_token:1]", redactor.redact("token=r-0123456789abcdef"));
        assertTrue(redactor.redact("Bearer " + jwt).matches("Bearer \\[jwt:[0-9a-f]+]"));
        assertEquals(redactor.redact(jwt), redactor.redact(jwt), "one token, one placeholder");
    }

    @Test
    void urlsWithATokenKeepTheirPath() {
        String redacted = redactor.redact("{\"resetPasswordUrl\":\"http://h/signin/reset-password/tok3nTok3nTok3n\"}");
        assertEquals("{\"resetPasswordUrl\":\"http://h/signin/reset-password/[resetpassword_token:1]\"}", redacted);
        assertEquals("/signin/reset-password/[resetpassword_token:1]", redactor.redact("/signin/reset-password/tok3nTok3nTok3n"));
    }

    @Test
    void bodiesWithoutSecretsAreLeftAsTheyCame() {
        String pretty = "{\n  \"text\" : \"hello\",\n  \"n\" : 1.50\n}";
        assertEquals(pretty, redactor.redact(pretty));
        assertEquals("plain text, no = here", redactor.redact("plain text, no = here"));
        assertEquals("{\"code\":404}", redactor.redact("{\"code\":404}"));
    }

    @Test
    void truncatedJsonIsRedactedByPattern() {
        String clipped = "{\"credentials\":{\"password\":{\"value\":\"Horse-9x!\"}},\"profile\":{\"bio\":\"aaaa";
        String redacted = redactor.redact(clipped);
        assertFalse(redacted.contains("Horse-9x!"), redacted);
        assertTrue(redacted.endsWith("\"bio\":\"aaaa"), redacted);
    }

    @Test
    void aLongStringInTruncatedJsonIsMatchedWithoutOverflowingTheStack() {
        String value = "y".repeat(200_000) + "\\\"" + "z".repeat(50_000);
        String clipped = "{\"password\":\"Horse-9x!\",\"text\":\"" + value + "\",\"more\":\"cut";
        String redacted = redactor.redact(clipped);
        assertFalse(redacted.contains("Horse-9x!"), redacted.substring(0, 80));
        assertTrue(redacted.contains(value), "the long value is kept as it was");
    }

    @Test
    void manyLearntSecretsAreAllFoundInOnePassLongestFirst() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            redactor.learn("secret-" + i + "-value", "t");
            text.append("secret-").append(i).append("-value ");
        }
        redactor.learn("secret-7-value-longer", "long");
        text.append("secret-7-value-longer");
        String redacted = redactor.redact(text.toString());
        assertFalse(redacted.contains("secret-"), redacted.substring(0, 200));
        assertTrue(redacted.endsWith("[long:2001]"), redacted.substring(redacted.length() - 40));
    }

    @Property(tries = 200)
    void aSecretFieldNeverShowsItsValue(@ForAll @AlphaChars @StringLength(min = 8, max = 40) String secret,
                                        @ForAll @StringLength(max = 30) String noise) {
        Redactor r = new Redactor(Map.of());
        String json = "{\"a\":" + quote(noise) + ",\"client_secret\":" + quote(secret) + "}";
        assertFalse(r.redact(json).contains(secret), json);
        String form = "x=" + URLEncoder.encode(noise, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertFalse(r.redact(form).contains(secret), form);
        assertFalse(r.redact(noise + secret + noise).contains(secret), "learnt: replaced in any text");
    }

    private static String quote(String s) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)).transform(q -> "\"" + q + "\"");
    }
}
