package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something that happened which the Events API reports: the inner {@code event} object, already in
 * Slack's shape.
 *
 * @param botCanSee whether the app's bot may receive it (it is in the channel, or the event is workspace-wide)
 */
public record WorkspaceEvent(String type, ObjectNode event, boolean botCanSee) {}
