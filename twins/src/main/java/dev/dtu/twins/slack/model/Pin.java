package dev.dtu.twins.slack.model;

/** A message pinned to its channel; keyed like the message ({@code channel/ts}). */
public record Pin(String channel, String ts, String createdBy, long created) {}
