package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A user type's schema: its custom attributes ({@code definitions.custom.properties}, each a JSON Schema property
 * with Okta's extensions {@code required}, {@code unique}, {@code enum}, …); the base attributes are Okta's own.
 */
public record UserSchema(String id, ObjectNode custom, Instant created, Instant lastUpdated) {
}
