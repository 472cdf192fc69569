package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Global configuration, application properties, time tracking, navigator columns and the announcement banner. */
class SettingsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);

    private static void conforms(String schema, JsonNode body) {
        assertEquals(java.util.Set.of(), OpenApi.vendorProblems(schema, body), schema + ": " + body);
    }

    @Test
    void theConfigurationSaysWhatTheSiteDoes() {
        JsonNode conf = site.get("/rest/api/3/configuration").json();
        conforms("Configuration", conf);
        assertTrue(conf.path("timeTrackingEnabled").asBoolean() && conf.path("votingEnabled").asBoolean(), conf.toString());
        assertEquals(8, conf.path("timeTrackingConfiguration").path("workingHoursPerDay").asInt());
        JsonNode options = site.get("/rest/api/3/configuration/timetracking/options").json();
        conforms("TimeTrackingConfiguration", options);
        assertEquals(5, options.path("workingDaysPerWeek").asInt());
        JsonNode provider = site.get("/rest/api/3/configuration/timetracking").json();
        conforms("TimeTrackingProvider", provider);
        assertEquals("JIRA", provider.path("key").asText());
        assertEquals(List.of("JIRA"), site.get("/rest/api/3/configuration/timetracking/list").json().findValuesAsText("key"));
        assertEquals(204, site.send("PUT", "/rest/api/3/configuration/timetracking", "{\"key\":\"JIRA\"}").status());
        assertEquals(400, site.send("PUT", "/rest/api/3/configuration/timetracking", "{\"key\":\"nope\"}").status());
    }

    @Test
    void applicationPropertiesKeepTheirValuesAndTypes() {
        JsonNode advanced = site.get("/rest/api/3/application-properties/advanced-settings").json();
        assertTrue(advanced.size() > 0);
        advanced.forEach(p -> conforms("ApplicationProperty", p));
        JsonNode one = site.get("/rest/api/3/application-properties?key=jira.clone.prefix").json();
        assertTrue(one.isObject(), one.toString());
        assertEquals("CLONE -", one.path("value").asText());
        JsonNode filtered = site.get("/rest/api/3/application-properties?keyFilter=jira%5C.clone.*").json();
        assertEquals(List.of("jira.clone.prefix"), filtered.findValuesAsText("key"));
        assertEquals(404, site.get("/rest/api/3/application-properties?key=no.such.property").status());

        Reply set = site.send("PUT", "/rest/api/3/application-properties/jira.clone.prefix",
                "{\"id\":\"jira.clone.prefix\",\"value\":\"Clone -\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals("Clone -", site.get("/rest/api/3/application-properties?key=jira.clone.prefix").json().path("value").asText());
        assertEquals(400, site.send("PUT", "/rest/api/3/application-properties/jira.comment.collapsing.minimum.hidden",
                "{\"value\":\"many\"}").status());
        assertEquals(404, site.send("PUT", "/rest/api/3/application-properties/no.such.property", "{\"value\":\"x\"}").status());
    }

    @Test
    void navigatorColumnsAreReplacedByNavigableFieldsOnly() {
        JsonNode columns = site.get("/rest/api/3/settings/columns").json();
        assertTrue(columns.size() > 0);
        columns.forEach(col -> conforms("ColumnItem", col));
        assertEquals(200, site.send("PUT", "/rest/api/3/settings/columns", "{\"columns\":[\"summary\",\"status\"]}").status());
        JsonNode after = site.get("/rest/api/3/settings/columns").json();
        assertEquals(List.of("summary", "status"), after.findValuesAsText("value"));
        assertEquals("Summary", after.get(0).path("label").asText());
        assertEquals(400, site.send("PUT", "/rest/api/3/settings/columns", "{\"columns\":[\"nosuchcolumn\"]}").status());
        Reply form = Http.send("PUT", site.base + "/rest/api/3/settings/columns", "columns=summary",
                "Authorization", site.auth(), "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(415, form.status(), form.body());
        assertEquals(List.of("summary", "status"), site.get("/rest/api/3/settings/columns").json().findValuesAsText("value"));
    }

    @Test
    void theBannerChangesOnlyWhatIsSent() {
        JsonNode banner = site.get("/rest/api/3/announcementBanner").json();
        conforms("AnnouncementBannerConfiguration", banner);
        assertEquals(false, banner.path("isEnabled").asBoolean(true));
        assertEquals(204, site.send("PUT", "/rest/api/3/announcementBanner", "{\"message\":\"Maintenance\",\"isEnabled\":true}").status());
        JsonNode after = site.get("/rest/api/3/announcementBanner").json();
        assertEquals("Maintenance", after.path("message").asText());
        assertTrue(after.path("isEnabled").asBoolean());
        assertEquals("private", after.path("visibility").asText());
        assertEquals(400, site.send("PUT", "/rest/api/3/announcementBanner", "{\"visibility\":\"nosuchvisibility\"}").status());
    }

    @Test
    void onlyAdministratorsSeeTheSettings() {
        JiraSite grace = JiraSite.as(server, "grace");
        assertEquals(200, grace.get("/rest/api/3/configuration").status());
        for (String path : List.of("/rest/api/3/application-properties", "/rest/api/3/configuration/timetracking",
                "/rest/api/3/settings/columns", "/rest/api/3/announcementBanner")) {
            Reply r = grace.get(path);
            assertEquals(403, r.status(), path + " " + r.body());
        }
    }
}
