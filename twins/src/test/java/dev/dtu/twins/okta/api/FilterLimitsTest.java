package dev.dtu.twins.okta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.Http;
import dev.dtu.twins.okta.OneOktaUniverse;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #15 item 5 for Okta: deep or long filter and search expressions get E0000031, never a stack overflow. */
class FilterLimitsTest extends OneOktaUniverse {
    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void deepAndLongExpressionsAreInvalidSearchCriteria() {
        String term = "status eq \"ACTIVE\"";
        for (String parameter : List.of("filter", "search")) {
            for (String expression : List.of("not (".repeat(10_000) + term + ")".repeat(10_000),
                    "(".repeat(20_000) + term + ")".repeat(20_000),
                    String.join(" or ", Collections.nCopies(2_000, term)))) {
                Http.Reply r = u.get("/api/v1/users?" + parameter + "=" + enc(expression));
                assertEquals(400, r.status(), parameter + ": " + r.body());
                assertEquals("E0000031", r.json().path("errorCode").asText(), r.body());
            }
            Http.Reply fine = u.get("/api/v1/users?" + parameter + "=" + enc("(".repeat(20) + term + ")".repeat(20)));
            assertEquals(200, fine.status(), fine.body());
            assertTrue(fine.json().size() > 0);
        }
    }
}
