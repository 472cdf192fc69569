package dev.dtu.twins.slack.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * markdown_text as Slack keeps it in a message's {@code text}: standard Markdown turned into mrkdwn
 * (chat.postMessage with markdown_text "**bold**" answers text "*bold*", as Slack's own SDK tests show).
 * Bold becomes {@code *…*}, italics {@code _…_}, strikethrough {@code ~…~}, links {@code <url|label>}, headings bold.
 */
public final class Markdown {
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");
    private static final char BOLD_MARK = '\u0001';

    private Markdown() {}

    public static String toMrkdwn(String markdown) {
        String s = HEADING.matcher(markdown).replaceAll(r -> Matcher.quoteReplacement(BOLD_MARK + r.group(1) + BOLD_MARK));
        s = BOLD.matcher(s).replaceAll(r -> Matcher.quoteReplacement(BOLD_MARK + r.group(2) + BOLD_MARK));
        s = ITALIC.matcher(s).replaceAll(r -> Matcher.quoteReplacement("_" + r.group(1) + "_"));
        s = STRIKE.matcher(s).replaceAll(r -> Matcher.quoteReplacement("~" + r.group(1) + "~"));
        s = LINK.matcher(s).replaceAll(r -> Matcher.quoteReplacement("<" + r.group(2) + "|" + r.group(1) + ">"));
        return s.replace(BOLD_MARK, '*');
    }
}
