package dev.dtu.twins.slack.model;

/** An app's bot: {@code B…}, with the bot user {@code U…} that posts for it. */
public record Bot(String id, String appId, String userId, String name, boolean deleted, long updated) {}
