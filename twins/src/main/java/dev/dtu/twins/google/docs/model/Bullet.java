package dev.dtu.twins.google.docs.model;

/** A paragraph's list membership (the API's Bullet). */
public record Bullet(String listId, int nestingLevel) {}
