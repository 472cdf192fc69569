package dev.dtu.twins.slack.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Incoming webhook URLs: what the twin hands out parses back and verifies; nothing else does, nothing throws. */
class WebhookUrlsPropertyTest {
    @Property(tries = 200)
    void aUrlTheTwinMadeParsesBackAndVerifies(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 12) String team,
                                              @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 12) String hook,
                                              @ForAll @StringLength(min = 1, max = 40) String secret) {
        String url = WebhookUrls.of("http://h/u/x/slack", secret, team, hook);
        WebhookUrls.Parts parts = WebhookUrls.parse(url.substring("http://h/u/x/slack".length())).orElseThrow();
        assertEquals(team, parts.team());
        assertEquals(hook, parts.webhook());
        assertTrue(WebhookUrls.valid(secret, parts));
        assertFalse(WebhookUrls.valid(secret + "x", parts), "another universe's signing secret");
    }

    @Property(tries = 500)
    void anyOtherPathParsesOrNotButNeverThrowsAndNeverVerifies(@ForAll @StringLength(max = 80) String rest) {
        WebhookUrls.parse(WebhookUrls.PATH + rest).ifPresent(p -> {
            String made = WebhookUrls.of("", "s3cret", p.team(), p.webhook());
            assertEquals(made.endsWith("/" + p.secret()), WebhookUrls.valid("s3cret", p));
        });
    }
}
