package dev.dtu.twins.slack.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message text as Slack stores and sends it (https://api.slack.com/reference/surfaces/formatting#escaping): the
 * three characters of its markup, {@code &}, {@code <} and {@code >}, become {@code &amp;}, {@code &lt;} and
 * {@code &gt;} wherever they are not markup.
 */
public final class SlackText {
    /**
     * What Slack's text parser sees: its markup ({@code <https://…|…>}, {@code <@U…>}, {@code <!here>}), an entity
     * already escaped, a bare URL (without trailing punctuation), or a lone control character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "<[^<>\\s][^<>]*>|&(?:amp|lt|gt);|https?://[^\\s<>|]*[^\\s<>|.,;:!?)\\]'\"]|[&<>]");
    private static final Pattern RAW = Pattern.compile("[&<>]");

    private SlackText() {}

    /**
     * Text an app sent, as Slack stores it: markup and entities as sent, bare URLs linked as {@code <https://…>},
     * and any other {@code &}, {@code <}, {@code >} escaped — the characters apps are asked to escape, which Slack
     * escapes itself when they are sent raw.
     */
    public static String escaped(String text) {
        return TOKEN.matcher(text).replaceAll(r -> Matcher.quoteReplacement(switch (r.group()) {
            case "&", "<", ">" -> entity(r.group());
            default -> r.group().startsWith("http") ? "<" + r.group().replaceAll("&(?!(?:amp|lt|gt);)", "&amp;") + ">" : r.group();
        }));
    }

    /**
     * Text a person typed (a slash command's {@code text}): every {@code &}, {@code <}, {@code >} escaped, since
     * what a person types is never markup.
     */
    public static String typed(String text) {
        return RAW.matcher(text).replaceAll(r -> entity(r.group()));
    }

    private static String entity(String c) {
        return switch (c) {
            case "&" -> "&amp;";
            case "<" -> "&lt;";
            default -> "&gt;";
        };
    }
}
