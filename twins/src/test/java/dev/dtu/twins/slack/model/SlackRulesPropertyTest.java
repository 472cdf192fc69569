package dev.dtu.twins.slack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.slack.api.Cursor;
import dev.dtu.twins.slack.errors.SlackError;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the parsers and rules the Web API leans on. */
class SlackRulesPropertyTest {
    @Property
    void cursorsRoundTrip(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String field, @ForAll String key) {
        org.junit.jupiter.api.Assumptions.assumeFalse(key.isEmpty());
        assertEquals(key, Cursor.decode(field, Cursor.encode(field, key)));
    }

    @Property
    void anyTextIsEitherACursorOrInvalidCursor(@ForAll String text) {
        try {
            Cursor.decode("user", text);
        } catch (SlackError e) {
            assertEquals("invalid_cursor", e.getMessage());
        }
    }

    @Property
    void validChannelNamesPass(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 80) String raw) {
        String name = raw.toLowerCase();
        assertEquals(name, ChannelNames.check(name));
    }

    @Property
    void namesWithUppercaseOrSpecialsFail(@ForAll @StringLength(min = 1, max = 80) String name) {
        org.junit.jupiter.api.Assumptions.assumeFalse(name.matches("[a-z0-9_-]+") || name.isBlank());
        SlackError e = assertThrows(SlackError.class, () -> ChannelNames.check(name));
        assertEquals("invalid_name_specials", e.code());
    }

    @Property
    void longNamesFailWithMaxlength(@ForAll @StringLength(min = 81, max = 200) @AlphaChars String name) {
        assertEquals("invalid_name_maxlength",
                assertThrows(SlackError.class, () -> ChannelNames.check(name.toLowerCase())).code());
    }

    @Property
    void nextTsIsAlwaysLaterAndWellFormed(@ForAll @LongRange(min = 1_000_000_000_000_000L, max = 3_000_000_000_000_000L) long lastMicros,
                                          @ForAll @LongRange(min = 1_000_000_000L, max = 3_000_000_000L) long nowSeconds) {
        String last = Ts.format(lastMicros);
        String next = Ts.next(last, Instant.ofEpochSecond(nowSeconds));
        assertTrue(next.matches("\\d{10}\\.\\d{6}"), next);
        assertTrue(Ts.parse(next).orElseThrow() > lastMicros);
        assertEquals(next, Ts.canonical(next).orElseThrow());
    }

    @Property
    void tsOrderIsTextOrderForTenDigitSeconds(@ForAll @LongRange(min = 1_000_000_000_000_000L, max = 9_999_999_999_999_999L) long a,
                                              @ForAll @LongRange(min = 1_000_000_000_000_000L, max = 9_999_999_999_999_999L) long b) {
        assertEquals(Long.signum(Long.compare(a, b)), Integer.signum(Ts.format(a).compareTo(Ts.format(b))));
    }

    /** Slack's ts grammar as a regular expression: the reference the hand-written parser must agree with. */
    private static final java.util.regex.Pattern TS = java.util.regex.Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    @Property
    void tsParserAcceptsExactlySlacksGrammar(@ForAll @net.jqwik.api.constraints.Chars({'0', '1', '9', '.', 'x', '-'})
                                             @StringLength(max = 22) String text) {
        boolean grammar = TS.matcher(text).matches();
        assertEquals(grammar, Ts.parse(text).isPresent(), text);
        if (grammar) {
            int dot = text.indexOf('.');
            String fraction = dot < 0 ? "000000" : (text.substring(dot + 1) + "000000").substring(0, 6);
            long expected = Long.parseLong(dot < 0 ? text : text.substring(0, dot)) * 1_000_000 + Long.parseLong(fraction);
            assertEquals(expected, Ts.parse(text).orElseThrow(), text);
        }
    }

    @Property
    void tsFormatPadsTheFractionToSixDigits(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long micros) {
        assertEquals(String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000), Ts.format(micros));
    }
}
