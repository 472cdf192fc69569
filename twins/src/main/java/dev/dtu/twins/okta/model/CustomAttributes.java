package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Custom profile attributes: their definitions as Okta accepts them in a user schema, and Okta's checks of a user
 * profile against them ({@code type}, {@code required}, {@code enum}, {@code minLength}/{@code maxLength},
 * {@code unique}). Users of the twin are of the default user type, so the default schema's attributes apply.
 */
public final class CustomAttributes {
    static final Set<String> TYPES = Set.of("string", "boolean", "number", "integer", "array");
    static final Set<String> BASE = Set.of("login", "email", "firstName", "lastName", "middleName", "honorificPrefix",
            "honorificSuffix", "title", "displayName", "nickName", "profileUrl", "secondEmail", "mobilePhone",
            "primaryPhone", "streetAddress", "city", "state", "zipCode", "countryCode", "postalAddress",
            "preferredLanguage", "locale", "timezone", "userType", "employeeNumber", "costCenter", "organization",
            "division", "department", "managerId", "manager");
    /** The group profile's base attributes (the group schema's {@code #base}). */
    static final Set<String> GROUP_BASE = Set.of("name", "description");

    private CustomAttributes() {
    }

    /** The causes (each "{name}: …") an attribute definition fails with; empty when Okta accepts it. */
    static List<String> checkDefinition(String name, JsonNode definition, Set<String> base) {
        List<String> causes = new ArrayList<>();
        if (!definition.isObject()) {
            causes.add(name + ": The attribute definition must be an object.");
            return causes;
        }
        if (base.contains(name)) {
            causes.add(name + ": The name is already used by a base attribute.");
        }
        String type = definition.path("type").asText(null);
        if (type == null || !TYPES.contains(type)) {
            causes.add(name + ": The type '" + type + "' is not a valid type (string, boolean, number, integer, array).");
            return causes;
        }
        if ("array".equals(type) && !TYPES.contains(definition.path("items").path("type").asText(""))) {
            causes.add(name + ": An array attribute needs items.type.");
        }
        String unique = definition.path("unique").asText(null);
        if (unique != null && !Set.of("UNIQUE_VALIDATED", "NOT_UNIQUE").contains(unique)) {
            causes.add(name + ": The unique value '" + unique + "' is not valid (UNIQUE_VALIDATED, NOT_UNIQUE).");
        }
        JsonNode values = definition.path("enum");
        if (!values.isMissingNode() && !values.isNull()) {
            String itemType = "array".equals(type) ? definition.path("items").path("type").asText("") : type;
            if (!values.isArray() || values.isEmpty()) {
                causes.add(name + ": The enum must be a non-empty array.");
            } else {
                values.forEach(v -> {
                    if (!v.isNull() && !hasType(v, itemType)) {
                        causes.add(name + ": The enum value " + v + " is not of type " + itemType + ".");
                    }
                });
            }
        }
        return causes;
    }

    /** The definition with what Okta fills in when left out. */
    static JsonNode normalise(JsonNode definition) {
        ObjectNode d = definition.deepCopy();
        if (!d.has("required")) {
            d.put("required", false);
        }
        if (!d.has("mutability")) {
            d.put("mutability", "READ_WRITE");
        }
        if (!d.has("scope")) {
            d.put("scope", "NONE");
        }
        if (!d.has("permissions")) {
            d.putArray("permissions").addObject().put("principal", "SELF").put("action", "READ_ONLY");
        }
        if (!d.has("master")) {
            d.putObject("master").put("type", "PROFILE_MASTER");
        }
        return d;
    }

    /**
     * Checks a whole profile (create, replace: {@code complete}) or the attributes an update sets against the
     * default schema's custom attributes; throws E0000001 naming each attribute that fails.
     */
    public static void enforce(State state, Map<String, Object> profile, String userId, boolean complete) {
        ObjectNode custom = UserTypes.schema(state, UserTypes.DEFAULT_SCHEMA).custom();
        List<String> causes = new ArrayList<>();
        custom.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode definition = e.getValue();
            Object raw = profile.get(name);
            if (raw == null) {
                if ((complete || profile.containsKey(name)) && definition.path("required").asBoolean(false)) {
                    causes.add(name + ": The field cannot be left blank");
                }
                return;
            }
            causes.addAll(checkValue(name, definition, Json.tree(raw)));
            if ("UNIQUE_VALIDATED".equals(definition.path("unique").asText()) && taken(state, name, raw, userId)) {
                causes.add(name + ": An object with this field already exists in the current organization");
            }
        });
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
    }

    private static List<String> checkValue(String name, JsonNode definition, JsonNode value) {
        String type = definition.path("type").asText();
        if (!hasType(value, type)) {
            return List.of(name + ": Property has a value of the wrong type; the schema says " + type + ".");
        }
        List<String> causes = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if ("array".equals(type)) {
            String itemType = definition.path("items").path("type").asText();
            value.forEach(v -> {
                if (!hasType(v, itemType)) {
                    causes.add(name + ": Array element " + v + " is not of type " + itemType + ".");
                }
                items.add(v);
            });
        } else {
            items.add(value);
        }
        JsonNode values = definition.path("enum");
        if (values.isArray()) {
            items.stream().filter(v -> !contains(values, v)).findFirst().ifPresent(v ->
                    causes.add(name + ": Does not match any of the allowed values (enum)."));
        }
        if (value.isTextual()) {
            int length = value.asText().length();
            if (definition.has("minLength") && length < definition.path("minLength").asInt()) {
                causes.add(name + ": The field is too short; minimum length is " + definition.path("minLength").asInt() + ".");
            }
            if (definition.has("maxLength") && length > definition.path("maxLength").asInt()) {
                causes.add(name + ": The field is too long; maximum length is " + definition.path("maxLength").asInt() + ".");
            }
        }
        return causes;
    }

    private static boolean contains(JsonNode values, JsonNode v) {
        for (JsonNode allowed : values) {
            if (allowed.equals(v) || (allowed.isNumber() && v.isNumber() && allowed.decimalValue().compareTo(v.decimalValue()) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "array" -> v.isArray();
            default -> false;
        };
    }

    private static boolean taken(State state, String name, Object value, String userId) {
        return state.all(Users.USERS).values().stream()
                .anyMatch(u -> !u.id().equals(userId) && Objects.equals(u.profile().get(name), value));
    }
}
