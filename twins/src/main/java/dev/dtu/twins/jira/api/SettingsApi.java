package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.ApplicationProperties;
import dev.dtu.twins.jira.model.ApplicationProperties.Definition;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraKinds.AnnouncementBanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The site's settings (api-group-jira-settings, -time-tracking, -issue-navigator-settings, -announcement-banner):
 * the global configuration, application properties, the time tracking provider and options (Jira's own provider,
 * 8-hour days and 5-day weeks, as {@code Durations} counts), the default navigator columns and the banner. All but
 * {@code GET configuration} need the "Administer Jira" global permission.
 */
final class SettingsApi {
    static final List<String> DEFAULT_COLUMNS = List.of("issuetype", "issuekey", "summary", "assignee", "reporter",
            "priority", "status", "resolution", "created", "updated", "duedate");
    private static final String JIRA_PROVIDER = "JIRA";
    private static final Set<String> VISIBILITIES = Set.of("public", "private");

    private SettingsApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/configuration", SettingsApi::configuration)
                .get("/rest/api/3/configuration/timetracking", admin(SettingsApi::provider))
                .put("/rest/api/3/configuration/timetracking", admin(SettingsApi::selectProvider))
                .get("/rest/api/3/configuration/timetracking/list", admin(SettingsApi::providers))
                .get("/rest/api/3/configuration/timetracking/options", admin(c -> Response.json(200, timeTracking())))
                .get("/rest/api/3/application-properties", admin(SettingsApi::properties))
                .get("/rest/api/3/application-properties/advanced-settings", admin(SettingsApi::advanced))
                .put("/rest/api/3/application-properties/{id}", admin(SettingsApi::setProperty))
                .get("/rest/api/3/settings/columns", admin(SettingsApi::columns))
                .put("/rest/api/3/settings/columns", admin(SettingsApi::setColumns))
                .get("/rest/api/3/announcementBanner", admin(SettingsApi::banner))
                .put("/rest/api/3/announcementBanner", admin(SettingsApi::setBanner));
    }

    private static Handler admin(Handler h) {
        return c -> {
            if (!RolesApi.administersJira(c.actor())) {
                // Guessed wording: the reference documents the 403 without its message.
                throw JiraException.message(403, "You are not authorized to perform this action. Administrator privileges are required.");
            }
            return h.handle(c);
        };
    }

    /** Every optional feature the twin serves is on: votes, watchers, sub-tasks, attachments, links, time tracking. */
    static Response configuration(ApiCall c) {
        ObjectNode out = Json.object().put("votingEnabled", true).put("watchingEnabled", true)
                .put("unassignedIssuesAllowed", true).put("subTasksEnabled", true).put("issueLinkingEnabled", true)
                .put("timeTrackingEnabled", true).put("attachmentsEnabled", true);
        out.set("timeTrackingConfiguration", timeTracking());
        return Response.json(200, out);
    }

    /** "Configure time tracking" defaults, which {@code Durations} follows; the twin does not change them. */
    static ObjectNode timeTracking() {
        return Json.object().put("workingHoursPerDay", 8).put("workingDaysPerWeek", 5).put("timeFormat", "pretty")
                .put("defaultUnit", "minute");
    }

    private static ObjectNode jiraProvider() {
        return Json.object().put("key", JIRA_PROVIDER).put("name", "JIRA provided time tracking")
                .put("url", "/secure/admin/TimeTrackingAdmin.jspa");
    }

    static Response provider(ApiCall c) {
        return Response.json(200, jiraProvider());
    }

    static Response providers(ApiCall c) {
        return Response.json(200, Json.array().add(jiraProvider()));
    }

    /** Only Jira's own provider exists on the site: any other key is "400 if the provider is not found". */
    static Response selectProvider(ApiCall c) {
        String key = c.objectBody().path("key").asText("");
        if (!key.equals(JIRA_PROVIDER)) {
            throw JiraException.message(400, "The time tracking provider '" + key + "' was not found.");
        }
        return Response.empty(204);
    }

    /**
     * With {@code key}, one property as an object (404 when there is none); otherwise the array of editable
     * properties, narrowed by the {@code keyFilter} regular expression.
     */
    static Response properties(ApiCall c) {
        var key = c.query("key").filter(k -> !k.isEmpty());
        if (key.isPresent()) {
            Definition d = ApplicationProperties.definition(key.get()).orElseThrow(
                    () -> JiraException.message(404, "The application property '" + key.get() + "' was not found."));
            return Response.json(200, property(c, d));
        }
        Pattern filter;
        try {
            filter = Pattern.compile(c.query("keyFilter").filter(f -> !f.isEmpty()).orElse(".*"));
        } catch (PatternSyntaxException e) {
            throw JiraException.message(400, "The key filter is not a valid regular expression.");
        }
        ArrayNode out = Json.array();
        ApplicationProperties.ALL.stream().filter(d -> filter.matcher(d.key()).matches())
                .forEach(d -> out.add(property(c, d)));
        return Response.json(200, out);
    }

    static Response advanced(ApiCall c) {
        ArrayNode out = Json.array();
        ApplicationProperties.ALL.stream().filter(Definition::advanced).forEach(d -> out.add(property(c, d)));
        return Response.json(200, out);
    }

    private static ObjectNode property(ApiCall c, Definition d) {
        String value = c.dir().state().get(JiraKinds.APPLICATION_PROPERTIES, d.key()).orElse(d.defaultValue());
        return Json.object().put("id", d.key()).put("key", d.key()).put("value", value).put("name", d.name())
                .put("desc", d.name()).put("type", d.type()).put("defaultValue", d.defaultValue());
    }

    /** Body {@code {"id": ..., "value": ...}}; 404 for a property Jira does not let you edit, 400 for a wrong type. */
    static Response setProperty(ApiCall c) {
        String id = c.param("id");
        Definition d = ApplicationProperties.definition(id)
                .orElseThrow(() -> JiraException.message(404, "The application property '" + id + "' was not found."));
        JsonNode body = c.objectBody();
        JsonNode value = body.path("value");
        if (!value.isValueNode() || value.isNull() || !d.accepts(value.asText())) {
            throw JiraException.message(400, "The value of '" + id + "' must be a " + d.type() + ".");
        }
        c.write(site -> {
            site.setApplicationProperty(id, value.asText());
            return null;
        });
        return Response.json(200, property(c, d));
    }

    static Response columns(ApiCall c) {
        List<String> fields = c.dir().state().get(JiraKinds.NAVIGATOR_COLUMNS, "site")
                .map(JiraKinds.NavigatorColumns::fields).orElse(DEFAULT_COLUMNS);
        ArrayNode out = Json.array();
        fields.forEach(id -> out.addObject().put("label", FieldCatalog.name(c.dir(), id)).put("value", id));
        return Response.json(200, out);
    }

    /** JSON {@code {"columns": [...]}} only: a form-encoded body is 415 here (jira.js's live suite, against a real site). */
    static Response setColumns(ApiCall c) {
        String type = c.call().request().header("content-type").orElse("");
        if (!type.startsWith("application/json")) {
            throw JiraException.message(415, "The request body must be JSON.");
        }
        JsonNode list = c.objectBody().path("columns");
        if (!list.isArray() || list.isEmpty()) {
            throw JiraException.message(400, ApiCall.BAD_PAYLOAD);
        }
        List<String> fields = new ArrayList<>();
        list.forEach(v -> fields.add(v.asText()));
        FilterSharingApi.checkColumns(c, fields);
        c.write(site -> {
            site.setNavigatorColumns(fields);
            return null;
        });
        return Response.empty(200);
    }

    static Response banner(ApiCall c) {
        AnnouncementBanner b = c.dir().state().get(JiraKinds.ANNOUNCEMENT_BANNER, "site")
                .orElse(new AnnouncementBanner("", true, false, "private"));
        return Response.json(200, Json.object().put("message", b.message()).put("isDismissible", b.isDismissible())
                .put("isEnabled", b.isEnabled()).put("visibility", b.visibility())
                .put("hashId", Integer.toHexString(b.hashCode())));
    }

    /** Only the fields sent change; visibility is "public" or "private" (400 otherwise). */
    static Response setBanner(ApiCall c) {
        JsonNode body = c.objectBody();
        AnnouncementBanner old = c.dir().state().get(JiraKinds.ANNOUNCEMENT_BANNER, "site")
                .orElse(new AnnouncementBanner("", true, false, "private"));
        String visibility = body.path("visibility").asText(old.visibility());
        if (!VISIBILITIES.contains(visibility)) {
            throw JiraException.field("visibility", "The visibility must be 'public' or 'private'.");
        }
        String message = body.path("message").asText(old.message());
        if (message.length() > 4000) {
            throw JiraException.field("message", "The message must not exceed 4000 characters.");
        }
        AnnouncementBanner next = new AnnouncementBanner(message, body.path("isDismissible").asBoolean(old.isDismissible()),
                body.path("isEnabled").asBoolean(old.isEnabled()), visibility);
        c.write(site -> {
            site.setAnnouncementBanner(next);
            return null;
        });
        return Response.empty(204);
    }
}
