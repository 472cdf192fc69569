package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.UserSchema;
import dev.dtu.twins.okta.model.UserType;

/** Okta's {@code UserSchema}: Okta's base attributes (the four required ones) and the schema's custom attributes. */
final class UserSchemaJson {
    private UserSchemaJson() {
    }

    static ObjectNode of(UserSchema schema, UserType type, String orgUrl) {
        return of(schema, "/meta/schemas/user/" + schema.id(), type.name(), type.displayName(), orgUrl);
    }

    static ObjectNode of(UserSchema schema, String path, String name, String title, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", orgUrl + path);
        n.put("$schema", "http://json-schema.org/draft-04/schema#");
        n.put("name", name);
        n.put("title", title);
        ObjectNode base = definitions(n, schema);
        ObjectNode properties = base.putObject("properties");
        baseProperty(properties, "login", "Username", true).put("minLength", 5).put("maxLength", 100).put("pattern", ".+");
        baseProperty(properties, "firstName", "First name", true).put("minLength", 1).put("maxLength", 50);
        baseProperty(properties, "lastName", "Last name", true).put("minLength", 1).put("maxLength", 50);
        baseProperty(properties, "email", "Primary email", true).put("format", "email");
        for (String[] optional : new String[][] {{"middleName", "Middle name"}, {"title", "Title"},
                {"displayName", "Display name"}, {"nickName", "Nickname"}, {"secondEmail", "Secondary email"},
                {"mobilePhone", "Mobile phone"}, {"primaryPhone", "Primary phone"}, {"city", "City"},
                {"state", "State"}, {"countryCode", "Country code"}, {"locale", "Locale"},
                {"timezone", "Time zone"}, {"employeeNumber", "Employee number"}, {"department", "Department"},
                {"organization", "Organization"}, {"managerId", "ManagerId"}, {"manager", "Manager"}}) {
            baseProperty(properties, optional[0], optional[1], false);
        }
        base.putArray("required").add("login").add("firstName").add("lastName").add("email");
        return profile(n);
    }

    /**
     * Okta's {@code GroupSchema}: the base attributes of a group's profile ({@code name}, {@code description}) and the
     * org's custom group attributes, as the Schemas API's group schema example shows them.
     */
    static ObjectNode group(UserSchema schema, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", orgUrl + "/meta/schemas/group/default");
        n.put("$schema", "http://json-schema.org/draft-04/schema#");
        n.put("name", "group").put("title", "Okta group").put("description", "Okta group profile template");
        ObjectNode base = definitions(n, schema);
        ObjectNode properties = base.putObject("properties");
        baseProperty(properties, "name", "Name", true).put("maxLength", 255);
        baseProperty(properties, "description", "Description", false).put("maxLength", 1024);
        base.putArray("required").add("name");
        return profile(n);
    }

    /** The schema's dates and its definitions: the custom attributes, then the base definition, returned to fill. */
    private static ObjectNode definitions(ObjectNode n, UserSchema schema) {
        n.put("lastUpdated", OktaDates.format(schema.lastUpdated()));
        n.put("created", OktaDates.format(schema.created()));
        ObjectNode definitions = n.putObject("definitions");
        custom(definitions, schema);
        ObjectNode base = definitions.putObject("base");
        base.put("id", "#base").put("type", "object");
        return base;
    }

    private static ObjectNode profile(ObjectNode n) {
        n.put("type", "object");
        ArrayNode allOf = n.putObject("properties").putObject("profile").putArray("allOf");
        allOf.addObject().put("$ref", "#/definitions/custom");
        allOf.addObject().put("$ref", "#/definitions/base");
        return n;
    }

    private static void custom(ObjectNode definitions, UserSchema schema) {
        ObjectNode custom = definitions.putObject("custom");
        custom.put("id", "#custom").put("type", "object");
        custom.set("properties", schema.custom().deepCopy());
        ArrayNode required = custom.putArray("required");
        schema.custom().properties().forEach(e -> {
            if (e.getValue().path("required").asBoolean(false)) {
                required.add(e.getKey());
            }
        });
    }

    private static ObjectNode baseProperty(ObjectNode properties, String name, String title, boolean required) {
        ObjectNode p = properties.putObject(name);
        p.put("title", title).put("type", "string").put("required", required).put("mutability", "READ_WRITE")
                .put("scope", "NONE");
        p.putArray("permissions").addObject().put("principal", "SELF").put("action", "READ_WRITE");
        p.putObject("master").put("type", "PROFILE_MASTER");
        return p;
    }
}
