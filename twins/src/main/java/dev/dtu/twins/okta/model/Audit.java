package dev.dtu.twins.okta.model;

import java.time.Instant;

/** Who does a write and when, for timestamps and the System Log; {@code requestId} is the X-Okta-Request-Id. */
public record Audit(Instant now, LogActor actor, String requestId) {
}
