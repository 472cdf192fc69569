package dev.dtu.server.state;

/** Names one entity: which kind ("slack/conversations") and which id. */
public record EntityKey(String kind, String id) {}
