package dev.dtu.server.twin;

/** A minted secret of one universe: which twin, what the twin calls it, and the secret itself. */
public record Credential(String twin, String name, String secret) {}
