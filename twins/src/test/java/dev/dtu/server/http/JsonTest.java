package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static Json.MalformedJsonException malformed(String text) {
        return assertThrows(Json.MalformedJsonException.class, () -> Json.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void plain(String message) {
        for (String internal : new String[] {"`", "StreamRead", "Feature", "Constraints", "[Source", "REDACTED",
                "com.fasterxml", "jackson"}) {
            assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
        }
    }

    @Test
    void parseErrorsSayWhatIsWrongAndWhereWithoutTheLibrarysInternals() {
        Json.MalformedJsonException e = malformed("{\"a\":1,\n x}");
        assertEquals("Unexpected character ('x' (code 120)): was expecting double-quote to start field name", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        plain(malformed("[".repeat(5_000)).getMessage());
        assertEquals(Json.NESTED_TOO_DEEP, malformed("[".repeat(5_000)).getMessage());
        plain(malformed("{\"a\":").getMessage());
        plain(malformed("\"\u0001\"").getMessage());
    }

    @Property(tries = 300)
    void noMessageNamesTheLibrary(@ForAll @StringLength(max = 40) String text) {
        try {
            Json.parse(("{\"k\":" + text).getBytes(StandardCharsets.UTF_8));
        } catch (Json.MalformedJsonException e) {
            plain(e.getMessage());
            assertTrue(e.line() >= 0 && e.column() >= 0);
        }
    }

    @Test
    void yamlErrorsKeepTheirLineAndColumnInPlainWords() {
        Json.MalformedJsonException e = assertThrows(Json.MalformedJsonException.class, () -> Json.parseYaml("a: [1,\nb: }"));
        plain(e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
