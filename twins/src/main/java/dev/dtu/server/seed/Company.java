package dev.dtu.server.seed;

/** The organisation a universe simulates: the Slack team, the Okta org, the Jira site. */
public record Company(String name, String domain) {}
