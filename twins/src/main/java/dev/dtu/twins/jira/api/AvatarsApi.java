package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Avatar;
import dev.dtu.twins.jira.model.Avatars;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Avatars (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-avatars/ and project avatars): the
 * system avatars of each type, custom ones uploaded as image bytes for a project, issue type or priority (cropped to
 * a square, "X-Atlassian-Token: no-check" required), deleted, chosen as a project's avatar, and served as images.
 * Observed of Jira and kept: an unknown type lists no system avatars, an unknown owner lists the system catalogue.
 */
final class AvatarsApi {
    /** The types that own custom avatars ("project, issue type or priority"). */
    private static final Set<String> OWNED = Set.of("project", "issuetype", "priority");
    private static final String NOT_FOUND = "The avatar was not found.";

    private AvatarsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/avatar/{type}/system", AvatarsApi::system)
                .get("/rest/api/3/universal_avatar/type/{type}/owner/{entityId}", c -> Response.json(200,
                        catalogue(c, c.param("type"), c.param("entityId"))))
                .post("/rest/api/3/universal_avatar/type/{type}/owner/{entityId}", c -> store(c, c.param("type"), c.param("entityId")))
                .delete("/rest/api/3/universal_avatar/type/{type}/owner/{owningObjectId}/avatar/{id}", c -> delete(c,
                        c.param("type"), c.param("owningObjectId"), c.param("id")))
                .get("/rest/api/3/universal_avatar/view/type/{type}", AvatarsApi::imageOfType)
                .get("/rest/api/3/universal_avatar/view/type/{type}/avatar/{id}", AvatarsApi::imageById)
                .get("/rest/api/3/universal_avatar/view/type/{type}/owner/{entityId}", AvatarsApi::imageOfOwner)
                .get("/rest/api/3/project/{projectIdOrKey}/avatars", c -> Response.json(200,
                        catalogue(c, "project", project(c).id())))
                .post("/rest/api/3/project/{projectIdOrKey}/avatar2", c -> store(c, "project", project(c).id()))
                .put("/rest/api/3/project/{projectIdOrKey}/avatar", AvatarsApi::choose)
                .delete("/rest/api/3/project/{projectIdOrKey}/avatar/{id}", c -> delete(c, "project", project(c).id(), c.param("id")))
                .post("/rest/api/3/issuetype/{id}/avatar2", c -> store(c, "issuetype", c.param("id")));
    }

    static Response system(ApiCall c) {
        ArrayNode list = Json.array();
        String type = c.param("type");
        Avatar.system(type).forEach(id -> list.add(view(c, type, Long.toString(id), null, -1)));
        return Response.json(200, Json.object().set("system", list));
    }

    /** {@code system} and {@code custom}, as GET universal_avatar/type/{type}/owner/{id} and project/{key}/avatars list them. */
    private static ObjectNode catalogue(ApiCall c, String type, String owner) {
        if (!OWNED.contains(type)) {
            throw JiraException.message(404, "The avatar type '" + type + "' is not valid.");
        }
        long shown = shown(c, type, owner).orElse(-1L);
        ObjectNode out = Json.object();
        ArrayNode system = out.putArray("system");
        Avatar.system(type).forEach(id -> system.add(view(c, type, Long.toString(id), null, shown)));
        ArrayNode custom = out.putArray("custom");
        Avatars.of(c.call().state()).custom(type, owner).forEach(a -> custom.add(view(c, type, a.id(), owner, shown)));
        return out;
    }

    private static ObjectNode view(ApiCall c, String type, String id, String owner, long shown) {
        boolean isSystem = owner == null;
        ObjectNode n = Json.object().put("id", id);
        if (!isSystem) {
            n.put("owner", owner);
        }
        n.put("isSystemAvatar", isSystem).put("isSelected", Long.toString(shown).equals(id)).put("isDeletable", !isSystem);
        ObjectNode urls = n.putObject("urls");
        String prefix = c.base() + "/rest/api/3/universal_avatar/view/type/" + type + "/avatar/" + id + "?size=";
        urls.put("16x16", prefix + "xsmall").put("24x24", prefix + "small").put("32x32", prefix + "medium").put("48x48", prefix + "large");
        return n;
    }

    private static Response store(ApiCall c, String type, String owner) {
        if (!c.call().request().header("x-atlassian-token").map(v -> v.equalsIgnoreCase("no-check")).orElse(false)) {
            return Response.text(403, "text/plain;charset=UTF-8", "XSRF check failed");
        }
        checkOwner(c, type, owner);
        mayChange(c, type, owner);
        byte[] png = AvatarImages.cropped(c.call().request().body(), c.intQuery("x", 0), c.intQuery("y", 0), c.intQuery("size", 0));
        Avatar made = c.call().write(tx -> Avatars.writing(tx).store(type, owner, png));
        return Response.json(201, view(c, type, made.id(), owner, shown(c, type, owner).orElse(-1L)));
    }

    private static Response delete(ApiCall c, String type, String owner, String id) {
        if (Avatar.isSystem(type, id)) {
            throw JiraException.message(403, "System avatars cannot be deleted.");
        }
        Avatar a = Avatars.of(c.call().state()).custom(id).filter(x -> x.type().equals(type) && x.owner().equals(owner))
                .orElseThrow(() -> JiraException.message(404, NOT_FOUND));
        mayChange(c, type, owner);
        c.call().write(tx -> {
            Avatars.writing(tx).delete(a);
            return null;
        });
        return Response.empty(204);
    }

    /** PUT project/{key}/avatar {"id": ...}: one of the project's avatars (system or its own) becomes the one it shows. */
    static Response choose(ApiCall c) {
        Project p = project(c);
        JsonNode body = c.objectBody();
        String id = body.path("id").asText("");
        boolean ours = Avatar.isSystem("project", id)
                || Avatars.of(c.call().state()).custom(id).filter(a -> a.type().equals("project") && a.owner().equals(p.id())).isPresent();
        if (!ours) {
            throw JiraException.message(404, NOT_FOUND);
        }
        VersionsApi.administer(c, p);
        c.call().write(tx -> {
            Avatars.writing(tx).choose("project", p.id(), id);
            return null;
        });
        return Response.empty(204);
    }

    static Response imageOfType(ApiCall c) {
        long id = Avatar.defaultFor(c.param("type")).orElseThrow(() -> JiraException.message(404, NOT_FOUND));
        return image(c, c.param("type"), Long.toString(id));
    }

    static Response imageById(ApiCall c) {
        return image(c, c.param("type"), c.param("id"));
    }

    static Response imageOfOwner(ApiCall c) {
        String type = c.param("type");
        long id = shown(c, type, c.param("entityId")).orElseThrow(() -> JiraException.message(404, NOT_FOUND));
        return image(c, type, Long.toString(id));
    }

    private static Response image(ApiCall c, String type, String id) {
        int side = AvatarImages.side(c.query("size").orElse(""));
        if (Avatar.isSystem(type, id)) {
            long n = Long.parseLong(id);
            if (c.query("format").filter("svg"::equalsIgnoreCase).isPresent()) {
                return new Response(200, "image/svg+xml", AvatarImages.svg(n).getBytes(StandardCharsets.UTF_8));
            }
            return new Response(200, "image/png", AvatarImages.system(n, side));
        }
        Avatar a = Avatars.of(c.call().state()).custom(id).filter(x -> x.type().equals(type))
                .orElseThrow(() -> JiraException.message(404, NOT_FOUND));
        return new Response(200, "image/png", AvatarImages.scaled(a.content(), side));
    }

    /** The avatar an existing owner shows (its choice, else its type's default); empty for an unknown owner. */
    static Optional<Long> shown(ApiCall c, String type, String owner) {
        Avatars avatars = Avatars.of(c.call().state());
        return switch (type) {
            case "project" -> c.visibleProject(owner).filter(p -> p.id().equals(owner))
                    .map(p -> avatars.shown("project", p.id(), Avatar.defaultFor("project").orElseThrow()));
            case "issuetype" -> c.dir().issueType(owner).map(t -> avatars.shown("issuetype", t.id(), Avatar.issueTypeDefault(t)));
            case "priority" -> c.dir().priority(owner).map(p -> avatars.shown("priority", p.id(), Avatar.defaultFor("priority").orElseThrow()));
            default -> Optional.empty();
        };
    }

    private static void checkOwner(ApiCall c, String type, String owner) {
        if (!OWNED.contains(type) || shown(c, type, owner).isEmpty()) {
            throw JiraException.message(404, "The " + type + " with id '" + owner + "' was not found.");
        }
    }

    /** A project's own avatars take Administer Projects; the others Administer Jira. */
    private static void mayChange(ApiCall c, String type, String owner) {
        boolean may = type.equals("project")
                ? c.dir().project(owner).map(p -> c.can(dev.dtu.twins.jira.model.ProjectPermission.ADMINISTER_PROJECTS, p)).orElse(false)
                : RolesApi.administersJira(c.actor());
        if (!may) {
            throw JiraException.message(403, "You do not have permission to change this avatar.");
        }
    }

    private static Project project(ApiCall c) {
        return ComponentsApi.project(c, c.param("projectIdOrKey"));
    }
}
