package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * User types and their schemas. Every org has the default type {@code user} with the default schema (also
 * reachable as {@code /meta/schemas/user/default}); they exist before anything is written, so the twin answers them
 * until a write stores them. Each new type gets its own schema, with no custom attributes.
 */
public final class UserTypes {
    public static final Kind<UserType> TYPES = Kind.of("okta", "userTypes", UserType.class);
    public static final Kind<UserSchema> SCHEMAS = Kind.of("okta", "userSchemas", UserSchema.class);
    public static final String DEFAULT_TYPE = "otydtu00000000000000";
    public static final String DEFAULT_SCHEMA = "oscdtu00000000000000";
    /** An app's user schema ({@code /meta/schemas/apps/{appId}/default}) is kept as {@code app/{appId}}. */
    public static final String APP_SCHEMA = "app/";
    /** The one group schema of the org ({@code /api/v1/meta/schemas/group/default}), kept beside the user schemas. */
    public static final String GROUP_SCHEMA = "group/default";
    private static final Instant ORG_CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private final Tx tx;
    private final Audit audit;

    public UserTypes(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    public static UserType defaultType(State state) {
        return state.get(TYPES, DEFAULT_TYPE).orElse(new UserType(DEFAULT_TYPE, "user", "User", "Okta user profile template with default permission settings", DEFAULT_SCHEMA, true, ORG_CREATED, ORG_CREATED, null, null));
    }

    public static List<UserType> all(State state) {
        List<UserType> types = new ArrayList<>();
        types.add(defaultType(state));
        state.all(TYPES).values().stream().filter(t -> !t.isDefault()).forEach(types::add);
        return types;
    }

    public static UserType require(State state, String typeId) {
        return all(state).stream().filter(t -> t.id().equals(typeId)).findFirst()
                .orElseThrow(() -> OktaErrors.notFound(typeId, "UserType"));
    }

    /** The schema by id, or {@code default} for the default type's. */
    public static UserSchema schema(State state, String schemaId) {
        String id = "default".equals(schemaId) ? DEFAULT_SCHEMA : schemaId;
        Optional<UserSchema> stored = state.get(SCHEMAS, id);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (DEFAULT_SCHEMA.equals(id) || GROUP_SCHEMA.equals(id)
                || id.startsWith(APP_SCHEMA) && state.get(Apps.APPS, id.substring(APP_SCHEMA.length())).isPresent()) {
            return new UserSchema(id, JsonNodeFactory.instance.objectNode(), ORG_CREATED, ORG_CREATED);
        }
        throw OktaErrors.notFound(schemaId, "UserSchema");
    }

    public static UserType typeOfSchema(State state, String schemaId) {
        String id = "default".equals(schemaId) ? DEFAULT_SCHEMA : schemaId;
        return all(state).stream().filter(t -> t.schemaId().equals(id)).findFirst().orElseGet(() -> defaultType(state));
    }

    public UserType create(JsonNode body, String by) {
        String name = text(body, "name");
        String displayName = text(body, "displayName");
        List<String> causes = new ArrayList<>();
        if (name == null) {
            causes.add("name: The field cannot be left blank");
        } else if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            causes.add("name: The name must start with a letter and contain only letters, digits and underscores");
        } else if (all(tx.state()).stream().anyMatch(t -> t.name().equalsIgnoreCase(name))) {
            causes.add("name: An object with this field already exists in the current organization");
        }
        if (displayName == null) {
            causes.add("displayName: The field cannot be left blank");
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
        Instant now = audit.now();
        String id = OktaIds.next(tx, "oty");
        String schemaId = OktaIds.next(tx, "osc");
        tx.put(SCHEMAS, schemaId, new UserSchema(schemaId, JsonNodeFactory.instance.objectNode(), now, now));
        return tx.put(TYPES, id, new UserType(id, name, displayName, text(body, "description"), schemaId, false, now,
                now, by, by));
    }

    /** Updates the display name and description; Okta's name of a type never changes. */
    public UserType update(String typeId, JsonNode body, boolean replace, String by) {
        UserType type = require(tx.state(), typeId);
        String name = text(body, "name");
        if (name != null && !name.equals(type.name())) {
            throw OktaErrors.apiValidationFailed("name", List.of("name: The name of a user type cannot be changed"));
        }
        String displayName = text(body, "displayName");
        if (replace && displayName == null) {
            throw OktaErrors.apiValidationFailed("displayName", List.of("displayName: The field cannot be left blank"));
        }
        String description = body.has("description") || replace ? text(body, "description") : type.description();
        return tx.put(TYPES, type.id(), type.with(displayName == null ? type.displayName() : displayName, description,
                audit.now(), by));
    }

    /** Okta keeps the default type. */
    public void delete(String typeId) {
        UserType type = require(tx.state(), typeId);
        if (type.isDefault()) {
            throw new OktaException(403, "E0000006", "You do not have permission to perform the requested action",
                    List.of("The default user type cannot be deleted"));
        }
        tx.remove(TYPES, type.id());
        tx.remove(SCHEMAS, type.schemaId());
    }

    /**
     * Applies {@code definitions.custom.properties} of an updateUserProfile body: a property object adds or
     * replaces that attribute, {@code null} removes it. Other parts (base attributes) are left as Okta has them.
     */
    public UserSchema updateSchema(String schemaId, JsonNode body) {
        UserSchema schema = schema(tx.state(), schemaId);
        JsonNode given = body.path("definitions").path("custom").path("properties");
        ObjectNode custom = schema.custom().deepCopy();
        if (given.isObject()) {
            List<String> causes = new ArrayList<>();
            given.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    custom.remove(e.getKey());
                } else {
                    causes.addAll(CustomAttributes.checkDefinition(e.getKey(), e.getValue(),
                            GROUP_SCHEMA.equals(schema.id()) ? CustomAttributes.GROUP_BASE : CustomAttributes.BASE));
                    custom.set(e.getKey(), CustomAttributes.normalise(e.getValue()));
                }
            });
            if (!causes.isEmpty()) {
                throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
            }
        } else if (!given.isMissingNode() && !given.isNull()) {
            throw OktaErrors.apiValidationFailed("properties", List.of("properties: The value must be an object."));
        }
        return tx.put(SCHEMAS, schema.id(), new UserSchema(schema.id(), custom, schema.created(), audit.now()));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isMissingNode() && !v.isNull() && !v.isTextual()) {
            throw OktaErrors.apiValidationFailed(field, List.of(field + ": The value must be a string."));
        }
        return v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
