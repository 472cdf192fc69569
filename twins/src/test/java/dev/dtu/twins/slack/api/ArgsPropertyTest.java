package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Argument names: the hand-written check agrees with Slack's rule written as a regular expression. */
class ArgsPropertyTest {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,100}");

    @Property
    void argNamesAreOneToAHundredWordCharacters(@ForAll @CharRange(from = '!', to = '~') @Chars({'é', ' '})
                                                @StringLength(max = 110) String name) {
        assertEquals(NAME.matcher(name).matches(), Args.isArgName(name), name);
    }

    @Property
    void longWordNamesAreCutAtAHundred(@ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 95, max = 105) String name) {
        assertEquals(name.length() <= 100, Args.isArgName(name));
    }
}
