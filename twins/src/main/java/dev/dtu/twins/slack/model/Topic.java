package dev.dtu.twins.slack.model;

/** A channel's topic or purpose, with who set it and when (epoch seconds; 0 when never set). */
public record Topic(String value, String creator, long lastSet) {
    public static final Topic NONE = new Topic("", "", 0);
}
