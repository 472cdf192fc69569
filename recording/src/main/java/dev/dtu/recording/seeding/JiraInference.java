package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.model.Adf;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira: projects ({@code /project/search} or {@code /project}), issues (search, {@code /issue/{key}}) and
 * their comments ({@code /issue/{key}/comment}). Statuses, types and priorities seen become the site's;
 * one workflow reaches every status, and an issue's history walks it to the status it was recorded in.
 */
public final class JiraInference implements SeedInference {
    private static final Pattern ISSUE = Pattern.compile("^/rest/api/[23]/issue/([^/]+)$");
    private static final Pattern COMMENTS = Pattern.compile("^/rest/api/[23]/issue/([^/]+)/comment$");
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    static final String WORKFLOW = "Recorded workflow";

    private final Map<String, JsonNode> issues = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> comments = new HashMap<>();
    private final Map<String, String> statusCategory = new LinkedHashMap<>();
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<String> priorities = new LinkedHashSet<>();
    private SeedDraft draft;

    @Override
    public Vendor vendor() {
        return Vendor.JIRA;
    }

    @Override
    public void infer(List<Exchange> exchanges, SeedDraft seed) {
        this.draft = seed;
        Map<String, ObjectNode> projects = new LinkedHashMap<>();
        SeedInference.answers(exchanges, p -> p.matches("^/rest/api/[23]/project(/search)?$")).forEach(e -> {
            JsonNode list = e.json().has("values") ? e.json().get("values") : e.json();
            list.forEach(p -> project(p, projects));
        });
        SeedInference.answers(exchanges, p -> p.matches("^/rest/api/[23]/search(/jql)?$"))
                .forEach(e -> e.json().path("issues").forEach(this::issue));
        SeedInference.answers(exchanges, p -> ISSUE.matcher(p).matches()).forEach(e -> issue(e.json()));
        for (Exchange e : SeedInference.answers(exchanges, p -> COMMENTS.matcher(p).matches())) {
            Matcher m = COMMENTS.matcher(e.path());
            m.matches();
            List<JsonNode> list = comments.computeIfAbsent(m.group(1), k -> new ArrayList<>());
            e.json().path("comments").forEach(c -> {
                if (!draft.createdDuringRecording(vendor(), c.path("id").asText(null))) {
                    list.add(c);
                }
            });
        }
        if (projects.isEmpty() && issues.isEmpty()) {
            return;
        }
        write(projects);
    }

    private void project(JsonNode p, Map<String, ObjectNode> projects) {
        String key = p.path("key").asText();
        if (!key.matches("^[A-Z][A-Z0-9]{1,9}$") || draft.createdDuringRecording(vendor(), key)) {
            return;
        }
        ObjectNode out = Json.object().put("key", key).put("name", p.path("name").asText(key));
        String description = SeedInference.text(p.path("description"));
        if (description != null) {
            out.put("description", description);
        }
        if (p.has("lead")) {
            out.put("lead", person(p.get("lead")));
        }
        projects.putIfAbsent(key, out);
    }

    private void issue(JsonNode i) {
        JsonNode f = i.path("fields");
        if (!i.has("key") || !f.has("summary") || draft.createdDuringRecording(vendor(), i.path("key").asText())
                || draft.createdDuringRecording(vendor(), i.path("id").asText(null))) {
            return;
        }
        issues.merge(i.path("key").asText(), i, JiraInference::union);
        JsonNode status = f.path("status");
        if (status.has("name")) {
            statusCategory.putIfAbsent(status.path("name").asText(), status.path("statusCategory").path("key").asText("new"));
        }
        if (f.path("issuetype").has("name")) {
            types.add(f.path("issuetype").path("name").asText());
        }
        if (f.path("priority").has("name")) {
            priorities.add(f.path("priority").path("name").asText());
        }
    }

    /**
     * Two sightings of one issue (reads with different {@code fields=}): the fields of both, the fuller sighting's
     * value where both show one.
     */
    private static JsonNode union(JsonNode old, JsonNode now) {
        JsonNode fuller = now.path("fields").size() > old.path("fields").size() ? now : old;
        JsonNode other = fuller == now ? old : now;
        ObjectNode out = fuller.deepCopy();
        ObjectNode fields = out.withObject("/fields");
        other.path("fields").properties().forEach(f -> {
            if (!fields.has(f.getKey())) {
                fields.set(f.getKey(), f.getValue());
            }
        });
        return out;
    }

    /** The recorded type; an issue only ever read without {@code issuetype} gets a type the seed needs, noted. */
    private String type(JsonNode i) {
        JsonNode recorded = i.path("fields").path("issuetype");
        if (recorded.has("name")) {
            return recorded.path("name").asText();
        }
        String type = types.isEmpty() ? "Task" : types.iterator().next();
        draft.note("jira: " + i.path("key").asText() + " was only read without its issuetype (fields=); seeded as "
                + type + (types.isEmpty() ? ", the twin's default type" : ", the first type the recording shows")
                + ", which the recording does not confirm");
        return type;
    }

    private void write(Map<String, ObjectNode> projects) {
        ObjectNode section = draft.section(vendor());
        statuses(section);
        if (!types.isEmpty()) {
            types.forEach(section.withArray("issueTypes")::add);
        }
        if (!priorities.isEmpty()) {
            priorities.forEach(p -> section.withArray("priorities").addObject().put("name", p));
        }
        ArrayNode issueList = Json.array();
        issues.values().stream().sorted(Comparator.comparing((JsonNode i) -> projectOf(i))
                .thenComparingLong(i -> number(i.path("key").asText()))).forEach(i -> issueList.add(seedIssue(i, projects)));
        ArrayNode projectList = section.putArray("projects");
        projects.values().forEach(p -> {
            if (!p.has("lead")) {
                p.put("lead", draft.people().isEmpty() ? draft.people().person(null, "Jira Admin").id()
                        : draft.people().all().getFirst().id());
            }
            p.put("workflow", WORKFLOW);
            if (!types.isEmpty()) {
                types.forEach(p.withArray("issueTypes")::add);
            }
            projectList.add(p);
        });
        if (!issueList.isEmpty()) {
            section.set("issues", issueList);
        }
    }

    /** Wiki text as it is; a recorded ADF document the twin would refuse as the closest one it accepts, noted. */
    private JsonNode document(JsonNode value, String where) {
        if (!value.isObject() || Adf.isDocument(value)) {
            return value;
        }
        draft.note("jira: " + where + " is a document the twin does not accept as recorded (node types or attributes it "
                + "does not model); seeded as the closest valid document, unknown blocks as their text");
        return Adf.closestDocument(value);
    }

    private void statuses(ObjectNode section) {
        if (statusCategory.isEmpty()) {
            statusCategory.put("To Do", "new");
            statusCategory.put("In Progress", "indeterminate");
            statusCategory.put("Done", "done");
        }
        List<String> ordered = statusCategory.keySet().stream()
                .sorted(Comparator.comparingInt(s -> List.of("new", "indeterminate", "done").indexOf(statusCategory.get(s))))
                .toList();
        ArrayNode statuses = section.putArray("statuses");
        ordered.forEach(s -> statuses.addObject().put("name", s).put("category", category(s)));
        ObjectNode w = section.putArray("workflows").addObject().put("name", WORKFLOW);
        ordered.forEach(w.putArray("statuses")::add);
        ArrayNode transitions = w.putArray("transitions");
        ordered.forEach(s -> {
            ObjectNode t = transitions.addObject().put("name", s).put("to", s);
            if (category(s).equals("done")) {
                t.put("resolution", "Done");
            }
        });
    }

    private String category(String status) {
        String c = statusCategory.get(status);
        return List.of("new", "indeterminate", "done").contains(c) ? c : "indeterminate";
    }

    private ObjectNode seedIssue(JsonNode i, Map<String, ObjectNode> projects) {
        JsonNode f = i.path("fields");
        String project = projectOf(i);
        projects.computeIfAbsent(project, k -> Json.object().put("key", k).put("name", k));
        ObjectNode out = Json.object().put("project", project).put("type", type(i))
                .put("summary", f.path("summary").asText());
        if (f.hasNonNull("description")) {
            out.set("description", document(f.get("description"), i.path("key").asText() + " description"));
        }
        if (f.hasNonNull("reporter")) {
            out.put("reporter", person(f.get("reporter")));
        }
        if (f.hasNonNull("assignee")) {
            out.put("assignee", person(f.get("assignee")));
        }
        if (f.path("priority").has("name")) {
            out.put("priority", f.path("priority").path("name").asText());
        }
        if (f.path("labels").isArray() && !f.path("labels").isEmpty()) {
            out.set("labels", f.get("labels"));
        }
        if (f.path("components").isArray() && !f.path("components").isEmpty()) {
            ArrayNode names = out.putArray("components");
            f.get("components").forEach(c -> names.add(c.path("name").asText()));
            f.get("components").forEach(c -> component(projects.get(project), c.path("name").asText()));
        }
        if (f.hasNonNull("duedate")) {
            out.put("duedate", f.get("duedate").asText());
        }
        instant(f.path("created")).ifPresent(t -> out.put("created", t));
        ArrayNode history = history(i, out.path("reporter").asText(null));
        if (!history.isEmpty()) {
            out.set("history", history);
        }
        return out;
    }

    private ArrayNode history(JsonNode i, String reporter) {
        JsonNode f = i.path("fields");
        List<ObjectNode> steps = new ArrayList<>();
        String status = f.path("status").path("name").asText(null);
        if (status != null && !category(status).equals("new")) {
            String by = f.hasNonNull("assignee") ? person(f.get("assignee")) : reporter;
            ObjectNode step = Json.object().put("by", by).put("transition", status);
            instant(f.path("statuscategorychangedate")).or(() -> instant(f.path("updated"))).ifPresent(t -> step.put("at", t));
            steps.add(step);
        }
        JsonNode inline = f.path("comment").path("comments");
        List<JsonNode> list = comments.getOrDefault(i.path("key").asText(), comments.getOrDefault(i.path("id").asText(), List.of()));
        for (JsonNode c : list.isEmpty() ? iterable(inline) : list) {
            ObjectNode step = Json.object().put("by", person(c.path("author")));
            step.set("comment", document(c.path("body"), i.path("key").asText() + " comment " + c.path("id").asText()));
            instant(c.path("created")).ifPresent(t -> step.put("at", t));
            steps.add(step);
        }
        steps.sort(Comparator.comparing(s -> s.path("at").asText("")));
        ArrayNode out = Json.array();
        steps.forEach(out::add);
        return out;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static void component(ObjectNode project, String name) {
        ArrayNode list = project.withArray("components");
        for (JsonNode c : list) {
            if (c.asText().equals(name)) {
                return;
            }
        }
        list.add(name);
    }

    private String person(JsonNode user) {
        return draft.people().person(SeedInference.text(user.path("emailAddress")), SeedInference.text(user.path("displayName")))
                .timezone(SeedInference.text(user.path("timeZone"))).active(user.path("active").asBoolean(true)).id();
    }

    private static String projectOf(JsonNode i) {
        String key = i.path("fields").path("project").path("key").asText(null);
        return key != null ? key : i.path("key").asText().replaceAll("-\\d+$", "");
    }

    private static long number(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Jira writes {@code 2024-01-05T09:00:00.000+0000}; the seed wants ISO-8601 with a colon in the offset. */
    static java.util.Optional<String> instant(JsonNode node) {
        String text = SeedInference.text(node);
        if (text == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OffsetDateTime.parse(text, JIRA_TIME).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString());
        } catch (DateTimeParseException e) {
            try {
                return java.util.Optional.of(OffsetDateTime.parse(text).toInstant().toString());
            } catch (DateTimeParseException e2) {
                return java.util.Optional.empty();
            }
        }
    }
}
