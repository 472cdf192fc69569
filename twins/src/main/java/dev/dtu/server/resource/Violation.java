package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a request that breaks the resource's rules, in neutral terms; each vendor's {@link Convention}
 * words it the vendor's way.
 *
 * @param field the field's path ("name", "scopes[0].type")
 * @param problem what is wrong with it
 * @param expected what the rule wants: the type, the allowed values, the limit, the format (may be empty)
 * @param value the value sent (missing node when absent)
 */
public record Violation(String field, Problem problem, String expected, JsonNode value) {
    public enum Problem { REQUIRED, TYPE, ENUM, MAX_LENGTH, MIN_LENGTH, MAX_ITEMS, FORMAT, WRITE_ONCE, UNIQUE }
}
