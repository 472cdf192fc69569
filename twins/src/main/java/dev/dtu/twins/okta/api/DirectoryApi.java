package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.twins.okta.model.LinkedObject;
import dev.dtu.twins.okta.model.LinkedObjects;
import dev.dtu.twins.okta.model.UserSchema;
import dev.dtu.twins.okta.model.UserType;
import dev.dtu.twins.okta.model.UserTypes;
import dev.dtu.twins.okta.model.Users;

/** User types, user schemas (custom attributes) and linked objects: {@code /api/v1/meta/…} and users' links. */
final class DirectoryApi {
    private static final String TYPES = "/api/v1/meta/types/user";
    private static final String LINKED = "/api/v1/meta/schemas/user/linkedObjects";

    private DirectoryApi() {
    }

    static void register(Router<OktaRoute> routes) {
        routes.get(TYPES, OktaRoute.api("listUserTypes", DirectoryApi::types))
                .post(TYPES, OktaRoute.api("createUserType", DirectoryApi::createType))
                .get(TYPES + "/{typeId}", OktaRoute.api("getUserType", DirectoryApi::type))
                .post(TYPES + "/{typeId}", OktaRoute.api("updateUserType", r -> updateType(r, false)))
                .put(TYPES + "/{typeId}", OktaRoute.api("replaceUserType", r -> updateType(r, true)))
                .delete(TYPES + "/{typeId}", OktaRoute.api("deleteUserType", DirectoryApi::deleteType))
                // linked objects first: their path would otherwise read as a schema id
                .get(LINKED, OktaRoute.api("listLinkedObjectDefinitions", DirectoryApi::linkedObjects))
                .post(LINKED, OktaRoute.api("createLinkedObjectDefinition", DirectoryApi::createLinkedObject))
                .get(LINKED + "/{linkedObjectName}", OktaRoute.api("getLinkedObjectDefinition", DirectoryApi::linkedObject))
                .delete(LINKED + "/{linkedObjectName}",
                        OktaRoute.api("deleteLinkedObjectDefinition", DirectoryApi::deleteLinkedObject))
                .get("/api/v1/meta/schemas/user/{schemaId}", OktaRoute.api("getUserSchema", DirectoryApi::schema))
                .post("/api/v1/meta/schemas/user/{schemaId}", OktaRoute.api("updateUserProfile", DirectoryApi::updateSchema))
                .get("/api/v1/meta/schemas/group/default", OktaRoute.api("getGroupSchema", r -> Response.json(200,
                        UserSchemaJson.group(UserTypes.schema(r.state(), UserTypes.GROUP_SCHEMA), r.orgUrl()))))
                .post("/api/v1/meta/schemas/group/default", OktaRoute.api("updateGroupSchema", r -> Response.json(200,
                        UserSchemaJson.group(r.write(tx -> new UserTypes(tx, r.audit()).updateSchema(UserTypes.GROUP_SCHEMA,
                                r.body())), r.orgUrl()))))
                .get("/api/v1/meta/schemas/apps/{appId}/default",
                        OktaRoute.api("getApplicationUserSchema", r -> appSchema(r, false)))
                .post("/api/v1/meta/schemas/apps/{appId}/default",
                        OktaRoute.api("updateApplicationUserProfile", r -> appSchema(r, true)))
                .get("/api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}",
                        OktaRoute.api("listLinkedObjectsForUser", DirectoryApi::links))
                .delete("/api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}",
                        OktaRoute.api("deleteLinkedObjectForUser", DirectoryApi::unlink))
                .put("/api/v1/users/{userIdOrLogin}/linkedObjects/{primaryRelationshipName}/{primaryUserId}",
                        OktaRoute.api("assignLinkedObjectValueForPrimary", DirectoryApi::link));
    }

    private static Response types(OktaRequest r) {
        ArrayNode types = Json.array();
        UserTypes.all(r.state()).forEach(t -> types.add(type(r, t)));
        return Response.json(200, types);
    }

    private static Response createType(OktaRequest r) {
        UserType type = r.write(tx -> new UserTypes(tx, r.audit()).create(r.body(), r.audit().actor().id()));
        return Response.json(200, type(r, type));
    }

    private static Response type(OktaRequest r) {
        return Response.json(200, type(r, UserTypes.require(r.state(), r.param("typeId"))));
    }

    private static Response updateType(OktaRequest r, boolean replace) {
        UserType type = r.write(tx -> new UserTypes(tx, r.audit()).update(r.param("typeId"), r.body(), replace,
                r.audit().actor().id()));
        return Response.json(200, type(r, type));
    }

    private static Response deleteType(OktaRequest r) {
        r.write(tx -> {
            new UserTypes(tx, r.audit()).delete(r.param("typeId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response schema(OktaRequest r) {
        UserSchema schema = UserTypes.schema(r.state(), r.param("schemaId"));
        return Response.json(200, UserSchemaJson.of(schema, UserTypes.typeOfSchema(r.state(), schema.id()), r.orgUrl()));
    }

    private static Response updateSchema(OktaRequest r) {
        UserSchema schema = r.write(tx -> new UserTypes(tx, r.audit()).updateSchema(r.param("schemaId"), r.body()));
        return Response.json(200, UserSchemaJson.of(schema, UserTypes.typeOfSchema(r.state(), schema.id()), r.orgUrl()));
    }

    /** An app's user schema: its app user profile's custom attributes (stored, not yet enforced on app users). */
    private static Response appSchema(OktaRequest r, boolean update) {
        dev.dtu.twins.okta.model.Application app = dev.dtu.twins.okta.model.Apps.require(r.state(), r.param("appId"));
        String id = UserTypes.APP_SCHEMA + app.id();
        UserSchema schema = update ? r.write(tx -> new UserTypes(tx, r.audit()).updateSchema(id, r.body()))
                : UserTypes.schema(r.state(), id);
        return Response.json(200, UserSchemaJson.of(schema, "/meta/schemas/apps/" + app.id() + "/default",
                app.name(), app.label() + " User", r.orgUrl()));
    }

    private static Response linkedObjects(OktaRequest r) {
        ArrayNode all = Json.array();
        r.state().all(LinkedObjects.DEFINITIONS).values().forEach(d -> all.add(linkedObject(r, d)));
        return Response.json(200, all);
    }

    private static Response createLinkedObject(OktaRequest r) {
        LinkedObject definition = r.write(tx -> new LinkedObjects(tx).create(r.body()));
        return Response.json(201, linkedObject(r, definition));
    }

    private static Response linkedObject(OktaRequest r) {
        return Response.json(200, linkedObject(r, LinkedObjects.require(r.state(), r.param("linkedObjectName"))));
    }

    private static Response deleteLinkedObject(OktaRequest r) {
        r.write(tx -> {
            new LinkedObjects(tx).delete(r.param("linkedObjectName"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response links(OktaRequest r) {
        String userId = Users.require(r.state(), r.param("userIdOrLogin")).id();
        ArrayNode links = Json.array();
        LinkedObjects.linked(r.state(), userId, r.param("relationshipName")).forEach(other ->
                Links.href(links.addObject().putObject("_links"), "self", r.orgUrl() + "/api/v1/users/" + other));
        return Response.json(200, links);
    }

    private static Response link(OktaRequest r) {
        r.write(tx -> {
            new LinkedObjects(tx).link(r.param("userIdOrLogin"), r.param("primaryRelationshipName"),
                    r.param("primaryUserId"));
            return null;
        });
        return Response.empty(204);
    }

    private static Response unlink(OktaRequest r) {
        r.write(tx -> {
            new LinkedObjects(tx).unlink(r.param("userIdOrLogin"), r.param("relationshipName"));
            return null;
        });
        return Response.empty(204);
    }

    private static ObjectNode type(OktaRequest r, UserType t) {
        ObjectNode n = Json.object();
        n.put("id", t.id());
        n.put("displayName", t.displayName());
        n.put("name", t.name());
        n.put("description", t.description());
        n.put("createdBy", t.createdBy());
        n.put("lastUpdatedBy", t.lastUpdatedBy());
        n.put("created", OktaDates.format(t.created()));
        n.put("lastUpdated", OktaDates.format(t.lastUpdated()));
        n.put("default", t.isDefault());
        ObjectNode links = n.putObject("_links");
        links.putObject("schema").put("rel", "schema").put("href", r.orgUrl() + "/api/v1/meta/schemas/user/" + t.schemaId())
                .put("method", "GET");
        links.putObject("self").put("rel", "self").put("href", r.orgUrl() + TYPES + "/" + t.id()).put("method", "GET");
        return n;
    }

    private static ObjectNode linkedObject(OktaRequest r, LinkedObject d) {
        ObjectNode n = Json.object();
        n.putObject("primary").put("name", d.primaryName()).put("title", d.primaryTitle())
                .put("description", d.primaryDescription()).put("type", "USER");
        n.putObject("associated").put("name", d.associatedName()).put("title", d.associatedTitle())
                .put("description", d.associatedDescription()).put("type", "USER");
        Links.href(n.putObject("_links"), "self", r.orgUrl() + LINKED + "/" + d.primaryName());
        return n;
    }
}
