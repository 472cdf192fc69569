package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Project key and name validation
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-key-and-name-validation/) and the
 * group and user picker. Validation answers 200 with the complaints in an error collection; the suggestions make a
 * key or name free by adding a sequence number.
 */
final class ProjectValidationApi {
    /** Jira's default project key pattern ("([A-Z][A-Z]+)") with digits and underscores after the first letter. */
    private static final String KEY_PATTERN = "[A-Z][A-Z0-9_]+";
    private static final int MAX_KEY = 10;
    /** Names Windows reserves for devices; Jira refuses them as keys ("reserved word on this operating system"). */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
            "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ProjectValidationApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/projectvalidate/key", ProjectValidationApi::validateKey)
                .get("/rest/api/3/projectvalidate/validProjectKey", ProjectValidationApi::validKey)
                .get("/rest/api/3/projectvalidate/validProjectName", ProjectValidationApi::validName)
                .get("/rest/api/3/groupuserpicker", ProjectValidationApi::picker);
    }

    static Response validateKey(ApiCall c) {
        ObjectNode out = Json.object();
        out.putArray("errorMessages");
        ObjectNode errors = out.putObject("errors");
        problem(c, c.query("key").orElse("")).ifPresent(p -> errors.put("projectKey", p));
        return Response.json(200, out);
    }

    /** What Jira says of a key, if anything (messages as Jira's project create form words them). */
    private static Optional<String> problem(ApiCall c, String key) {
        if (key.isEmpty()) {
            return Optional.of("You must specify a unique project key, at least 2 characters long.");
        }
        if (key.length() > MAX_KEY) {
            return Optional.of("The project key must not exceed " + MAX_KEY + " characters in length.");
        }
        if (!key.matches(KEY_PATTERN)) {
            return Optional.of("Project keys must start with an uppercase letter, followed by one or more uppercase "
                    + "alphanumeric characters.");
        }
        if (RESERVED.contains(key)) {
            return Optional.of("This keyword is invalid as it is a reserved word on this operating system.");
        }
        return c.dir().projects().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(p -> "Project '" + p.name() + "' uses this project key.");
    }

    /** The key made valid (upper case, letters and digits, at most 10) and free (a number added when taken). */
    static Response validKey(ApiCall c) {
        String wanted = c.query("key").orElse("").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "").replaceFirst("^[^A-Z]+", "");
        String padded = wanted.length() < 2 ? wanted + "PROJ" : wanted;
        String base = padded.substring(0, Math.min(MAX_KEY, padded.length()));
        String key = base;
        for (int n = 1; problem(c, key).isPresent(); n++) {
            String suffix = Integer.toString(n);
            key = base.substring(0, Math.min(base.length(), MAX_KEY - suffix.length())) + suffix;
        }
        return Response.json(200, Json.tree(key));
    }

    /** The name if free, else the name with the first free sequence number ("Name 2"; guessed form). */
    static Response validName(ApiCall c) {
        String name = c.query("name").filter(n -> !n.isBlank())
                .orElseThrow(() -> JiraException.message(400, "The project name must not be empty."));
        List<String> taken = c.dir().projects().stream().map(Project::name).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        String out = name;
        for (int n = 2; taken.contains(out.toLowerCase(Locale.ROOT)); n++) {
            out = name + " " + n;
        }
        return Response.json(200, Json.tree(out));
    }

    /** Users and groups whose names match the query, each half with its total (maxResults: 50 by default, 1,000 at most). */
    static Response picker(ApiCall c) {
        String query = c.query("query").orElseThrow(() -> JiraException.message(400, "The query parameter 'query' is required."));
        int max = Math.clamp(c.intQuery("maxResults", 50), 0, 1000);
        List<String> groups = Groups.all(c.dir()).stream()
                .filter(g -> g.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))).toList();
        ObjectNode out = Json.object();
        out.set("users", UsersApi.pickerUsers(c, query, max));
        ObjectNode g = out.putObject("groups");
        g.put("header", "Showing " + Math.min(max, groups.size()) + " of " + groups.size() + " matching groups").put("total", groups.size());
        ArrayNode groupList = g.putArray("groups");
        groups.stream().limit(max).forEach(x -> groupList.addObject().put("name", x).put("html", x).put("groupId", Groups.id(x))
                .putArray("labels"));
        return Response.json(200, out);
    }
}
