package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class QueryStringsTest {
    @Test
    void decodesPlusAndPercentAndKeepsRepeats() {
        Map<String, List<String>> q = QueryStrings.parse("text=hello+world%21&a=1&a=2&flag");
        assertEquals(List.of("hello world!"), q.get("text"));
        assertEquals(List.of("1", "2"), q.get("a"));
        assertEquals(List.of(""), q.get("flag"));
    }

    @Test
    void strayPercentIsKeptNotFatal() {
        assertEquals(List.of("100%"), QueryStrings.parse("x=100%").get("x"));
    }

    @Property
    void formatThenParseIsIdentity(@ForAll @StringLength(min = 1, max = 20) String key,
                                   @ForAll @StringLength(max = 40) String value) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(key, List.of(value));
        assertEquals(params, QueryStrings.parse(QueryStrings.format(params)));
    }
}
