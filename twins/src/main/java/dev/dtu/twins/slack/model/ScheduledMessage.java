package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A message waiting for its {@code postAt} (epoch seconds); posted by the first request after that time. */
public record ScheduledMessage(
        String id,
        String channel,
        long postAt,
        long dateCreated,
        Author author,
        String text,
        JsonNode blocks,
        JsonNode attachments,
        String threadTs,
        boolean replyBroadcast,
        JsonNode metadata) {}
