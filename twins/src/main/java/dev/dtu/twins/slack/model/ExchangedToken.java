package dev.dtu.twins.slack.model;

/** A long-lived token already exchanged by oauth.v2.exchange (under its SHA-256): a second exchange is refused. */
public record ExchangedToken(String digest) {}
