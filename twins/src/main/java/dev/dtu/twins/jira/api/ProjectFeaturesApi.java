package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import java.util.List;
import java.util.Set;

/**
 * Project features (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-features/): the
 * features of a company-managed software project as the docs' example lists them, the roadmap and the backlog, both
 * enabled and locked ("toggleLocked": their state cannot be updated), so a toggle is refused. Guessed: the docs name
 * no other feature keys, and give no wording for the refusals.
 */
final class ProjectFeaturesApi {
    private record Feature(String key, String name, String description, String image) {}

    private static final String IMAGES = "https://jira.atlassian.com/s/sb53l8/b/3/ab8a7691e4738b4f147e293f0864adfd5b8d3c85/_/"
            + "download/resources/com.atlassian.jira.rest:classic-project-features/";
    private static final List<Feature> FEATURES = List.of(
            new Feature("jsw.classic.roadmap", "Roadmap", "Your roadmap is an optimized location to create and manage your epics.",
                    IMAGES + "simple-roadmap-feature.svg"),
            new Feature("jsw.classic.backlog", "Backlog", "Plan and prioritize work in a dedicated space. To enable and configure "
                    + "the backlog for each board, go to board settings.", IMAGES + "simple-backlog-feature.svg"));
    private static final Set<String> STATES = Set.of("ENABLED", "DISABLED");

    private ProjectFeaturesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/project/{projectIdOrKey}/features", c -> Response.json(200, features(project(c))))
                .put("/rest/api/3/project/{projectIdOrKey}/features/{featureKey}", ProjectFeaturesApi::toggle);
    }

    static Response toggle(ApiCall c) {
        Project p = project(c);
        VersionsApi.administer(c, p);
        String key = c.param("featureKey");
        JsonNode state = c.objectBody().path("state");
        if (!STATES.contains(state.asText())) {
            throw JiraException.field("state", "The state must be ENABLED or DISABLED.");
        }
        if (FEATURES.stream().noneMatch(f -> f.key().equals(key))) {
            throw JiraException.message(404, "The project feature '" + key + "' was not found.");
        }
        throw JiraException.message(400, "The state of the project feature '" + key + "' cannot be changed.");
    }

    private static ObjectNode features(Project p) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("features");
        for (Feature f : FEATURES) {
            ObjectNode n = list.addObject().put("projectId", Long.parseLong(p.id())).put("state", "ENABLED").put("toggleLocked", true)
                    .put("feature", f.key());
            n.putArray("prerequisites");
            n.put("localisedName", f.name()).put("localisedDescription", f.description()).put("imageUri", f.image());
        }
        return out;
    }

    private static Project project(ApiCall c) {
        return ComponentsApi.project(c, c.param("projectIdOrKey"));
    }
}
