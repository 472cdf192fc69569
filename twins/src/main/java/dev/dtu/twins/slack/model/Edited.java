package dev.dtu.twins.slack.model;

/** Who last edited a message and the ts of that edit. */
public record Edited(String user, String ts) {}
