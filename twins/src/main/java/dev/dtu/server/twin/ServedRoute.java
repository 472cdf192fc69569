package dev.dtu.server.twin;

/**
 * One route a twin serves, for the coverage report: {@code GET /api/v1/users/{id}}; {@code declared} when it comes
 * from a resource declaration rather than hand-written code.
 */
public record ServedRoute(String method, String template, boolean declared) {}
