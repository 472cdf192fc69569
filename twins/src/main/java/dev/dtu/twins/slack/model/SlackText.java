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
    private static final String URL = "https?://[^\\s<>|]*[^\\s<>|.,;:!?)\\]'\"]";
    private static final String NAMES = "|(?<![\\w@])@(\\w(?:[\\w.-]*\\w)?)|(?<![\\w#&])#(\\w(?:[\\w-]*\\w)?)";
    /** parse=full: no markup, every character as typed; URLs, @names and #channels linked. */
    private static final Pattern FULL = Pattern.compile(URL + NAMES + "|[&<>]");
    /** link_names: the default reading, plus @names and #channels linked. */
    private static final Pattern LINK_NAMES = Pattern.compile("<[^<>\\s][^<>]*>|&(?:amp|lt|gt);|" + URL + NAMES + "|[&<>]");
    private static final java.util.Set<String> SPECIAL = java.util.Set.of("here", "channel", "everyone");

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

    /**
     * Text sent with {@code parse=full} (https://api.slack.com/reference/surfaces/formatting, "parsing modes"): read
     * as a person's typing — markup the app added is not markup but text, and URLs, {@code @names} of members
     * ({@code @here}, {@code @channel}, {@code @everyone} too) and {@code #names} of channels become links. A name
     * that names no one stays text.
     */
    public static String full(String text, Workspace ws) {
        return FULL.matcher(text).replaceAll(r -> Matcher.quoteReplacement(linked(r, ws)));
    }

    /** Text sent with {@code link_names}: as {@link #escaped}, and {@code @names} and {@code #names} linked. */
    public static String linkNames(String text, Workspace ws) {
        return LINK_NAMES.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                r.group().startsWith("<") && r.group().length() > 1 || r.group().startsWith("&") && r.group().length() > 1
                        ? r.group() : linked(r, ws)));
    }

    private static String linked(java.util.regex.MatchResult r, Workspace ws) {
        String token = r.group();
        if (r.group(1) != null) {
            String name = r.group(1);
            if (SPECIAL.contains(name)) {
                return "<!" + name + ">";
            }
            return ws.users().stream().filter(u -> !u.deleted() && u.name().equals(name)).findFirst()
                    .map(u -> "<@" + u.id() + ">").orElse(token);
        }
        if (r.group(2) != null) {
            String name = r.group(2);
            return ws.conversations().stream().filter(c -> c.isChannel() && !c.isPrivate() && name.equals(c.name()))
                    .findFirst().map(c -> "<#" + c.id() + "|" + c.name() + ">").orElse(token);
        }
        if (token.startsWith("http")) {
            return "<" + token.replaceAll("&(?!(?:amp|lt|gt);)", "&amp;") + ">";
        }
        return entity(token);
    }

    private static String entity(String c) {
        return switch (c) {
            case "&" -> "&amp;";
            case "<" -> "&lt;";
            default -> "&gt;";
        };
    }
}
