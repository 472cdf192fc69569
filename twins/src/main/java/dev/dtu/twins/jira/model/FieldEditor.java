package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a request's {@code fields} and {@code update} to an issue, checking every value against the screen
 * (create, edit or transition) the way Jira does: all field errors are collected and reported together.
 */
public final class FieldEditor {
    /** Which screen the values come from: it decides which fields may be set. */
    public enum Screen { CREATE, EDIT, TRANSITION }

    private static final Set<String> SYSTEM = Set.of("project", "issuetype", "summary", "description", "priority",
            "labels", "assignee", "reporter", "components", "duedate", "parent", "fixVersions", "versions");
    static final String WRONG_HIERARCHY = "Given parent issue does not belong to appropriate hierarchy.";
    static final String NOT_ON_SCREEN = "Field '%s' cannot be set. It is not on the appropriate screen, or unknown.";

    private final Directory dir;
    private final Project project;
    private final Screen screen;
    private final Issue.Builder issue;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<JsonNode> comments = new ArrayList<>();

    public FieldEditor(Directory dir, Project project, Screen screen, Issue.Builder issue) {
        this.dir = dir;
        this.project = project;
        this.screen = screen;
        this.issue = issue;
    }

    /** Applies both parts; throws a 400 naming every bad field. Returns the comments added through update. */
    public List<JsonNode> apply(JsonNode fields, JsonNode update) {
        if (fields != null && !fields.isNull()) {
            fields.fields().forEachRemaining(f -> set(f.getKey(), f.getValue()));
        }
        if (update != null && !update.isNull()) {
            update.fields().forEachRemaining(f -> operations(f.getKey(), f.getValue()));
        }
        if (screen == Screen.CREATE) {
            if (issue.summary == null) {
                errors.putIfAbsent("summary", "You must specify a summary of the issue.");
            }
            if (issue.issueTypeId == null) {
                errors.putIfAbsent("issuetype", "Specify an issue type");
            }
            hierarchy().ifPresent(e -> errors.putIfAbsent("parent", e));
        }
        if (!errors.isEmpty()) {
            throw JiraException.fields(errors);
        }
        return comments;
    }

    /** The fields this screen shows for the project: the system fields and the project's custom fields. */
    public boolean onScreen(String field) {
        return switch (screen) {
            case CREATE -> SYSTEM.contains(field) || project.customFieldIds().contains(field);
            case EDIT -> (SYSTEM.contains(field) && !field.equals("project") && !field.equals("parent"))
                    || project.customFieldIds().contains(field);
            case TRANSITION -> field.equals("resolution") || field.equals("assignee") || field.equals("comment");
        };
    }

    private void set(String field, JsonNode value) {
        if (field.equals("project") && screen == Screen.CREATE) {
            return; // the caller resolved the project already
        }
        if (!onScreen(field) && !(screen == Screen.TRANSITION && field.equals("resolution"))) {
            errors.put(field, NOT_ON_SCREEN.formatted(field));
            return;
        }
        Optional<String> error = switch (field) {
            case "issuetype" -> issueType(value);
            case "summary" -> summary(value);
            case "description" -> description(value);
            case "priority" -> priority(value);
            case "resolution" -> resolution(value);
            case "labels" -> labels(value);
            case "assignee" -> user(value, "assignee").map(Optional::of).orElseGet(() -> {
                issue.assignee = accountId(value);
                return Optional.empty();
            });
            case "reporter" -> user(value, "reporter").map(Optional::of).orElseGet(() -> {
                issue.reporter = accountId(value);
                return Optional.empty();
            });
            case "components" -> components(value);
            case "fixVersions", "versions" -> versions(field, value);
            case "duedate" -> dueDate(value);
            case "parent" -> parent(value);
            default -> custom(field, value);
        };
        error.ifPresent(e -> errors.put(field, e));
    }

    private void operations(String field, JsonNode ops) {
        if (field.equals("comment") && screen != Screen.CREATE) {
            ops.forEach(op -> comment(op.path("add").path("body")));
            return;
        }
        if (!onScreen(field) || !ops.isArray()) {
            errors.put(field, NOT_ON_SCREEN.formatted(field));
            return;
        }
        for (JsonNode op : ops) {
            Iterator<String> verbs = op.fieldNames();
            String verb = verbs.hasNext() ? verbs.next() : "";
            switch (verb) {
                case "set" -> set(field, op.get("set"));
                case "add", "remove" -> addOrRemove(field, verb, op.get(verb));
                default -> errors.put(field, "Field '" + field + "' does not support operation '" + verb + "'");
            }
        }
    }

    private void addOrRemove(String field, String verb, JsonNode value) {
        if (field.equals("fixVersions") || field.equals("versions")) {
            addOrRemoveVersion(field, verb, value);
            return;
        }
        if (!field.equals("labels") && !field.equals("components")) {
            errors.put(field, "Field '" + field + "' does not support operation '" + verb + "'");
            return;
        }
        List<String> current = field.equals("labels") ? issue.labels : issue.componentIds;
        Set<String> next = new LinkedHashSet<>(current);
        Optional<String> item = field.equals("labels") ? label(value) : component(value);
        if (item.isEmpty()) {
            return;
        }
        if (verb.equals("add")) {
            next.add(item.get());
        } else {
            next.remove(item.get());
        }
        if (field.equals("labels")) {
            issue.labels = List.copyOf(next);
        } else {
            issue.componentIds = List.copyOf(next);
        }
    }

    private void comment(JsonNode body) {
        if (!Adf.isDocument(body)) {
            errors.put("comment", Comments.INVALID_BODY);
        } else {
            comments.add(body);
        }
    }

    private Optional<String> issueType(JsonNode value) {
        Optional<IssueType> type = byIdOrName(value, dir::issueType, dir::issueTypeNamed);
        if (type.isEmpty() || !project.issueTypeIds().contains(type.get().id())) {
            return Optional.of(value == null || value.isNull() ? "Specify an issue type" : "The issue type selected is invalid.");
        }
        issue.issueTypeId = type.get().id();
        return Optional.empty();
    }

    private Optional<String> summary(JsonNode value) {
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.of("You must specify a summary of the issue.");
        }
        if (!value.isTextual()) {
            return Optional.of("Operation value must be a string");
        }
        if (value.asText().length() > 255) {
            return Optional.of("Summary must be less than 255 characters.");
        }
        if (value.asText().contains("\n")) {
            return Optional.of("The summary is invalid because it contains newline characters.");
        }
        issue.summary = value.asText();
        return Optional.empty();
    }

    private Optional<String> description(JsonNode value) {
        if (value == null || value.isNull()) {
            issue.description = null;
            return Optional.empty();
        }
        if (!Adf.isDocument(value)) {
            return Optional.of("Operation value must be an Atlassian Document (see the Atlassian Document Format)");
        }
        if (Adf.plainText(value).length() > Comments.MAX_BODY_CHARS) {
            return Optional.of("The entered text is too long. It exceeds the allowed limit of "
                    + Comments.MAX_BODY_CHARS + " characters.");
        }
        issue.description = value;
        return Optional.empty();
    }

    private Optional<String> priority(JsonNode value) {
        if (value == null || !value.isObject()) {
            return Optional.of("Could not find valid 'id' or 'name' in priority object.");
        }
        Optional<Priority> found = byIdOrName(value, dir::priority,
                name -> dir.priorities().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst());
        if (found.isEmpty()) {
            return Optional.of("The priority selected is invalid.");
        }
        issue.priorityId = found.get().id();
        return Optional.empty();
    }

    private Optional<String> resolution(JsonNode value) {
        if (value == null || value.isNull()) {
            issue.resolutionId = null;
            return Optional.empty();
        }
        Optional<Resolution> found = byIdOrName(value, dir::resolution,
                name -> dir.resolutions().stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst());
        if (found.isEmpty()) {
            return Optional.of("The resolution selected is invalid.");
        }
        issue.resolutionId = found.get().id();
        return Optional.empty();
    }

    private Optional<String> labels(JsonNode value) {
        if (value == null || value.isNull()) {
            issue.labels = List.of();
            return Optional.empty();
        }
        if (!value.isArray()) {
            return Optional.of("Operation value must be an array of strings");
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode v : value) {
            Optional<String> label = label(v);
            if (label.isEmpty()) {
                return Optional.empty();
            }
            labels.add(label.get());
        }
        issue.labels = List.copyOf(labels);
        return Optional.empty();
    }

    private Optional<String> label(JsonNode v) {
        if (v == null || !v.isTextual()) {
            errors.put("labels", "Operation value must be a string");
            return Optional.empty();
        }
        if (v.asText().contains(" ")) {
            errors.put("labels", "The label '" + v.asText() + "' contains spaces which is invalid.");
            return Optional.empty();
        }
        if (v.asText().length() > 255) {
            errors.put("labels", "The label '" + v.asText() + "' exceeds the 255 character limit.");
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    private Optional<String> components(JsonNode value) {
        if (value == null || value.isNull()) {
            issue.componentIds = List.of();
            return Optional.empty();
        }
        if (!value.isArray()) {
            return Optional.of("Operation value must be an array");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode v : value) {
            Optional<String> id = component(v);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        issue.componentIds = List.copyOf(ids);
        return Optional.empty();
    }

    private Optional<String> component(JsonNode v) {
        String ref = v == null ? null : v.has("id") ? v.path("id").asText() : v.has("name") ? v.path("name").asText() : null;
        Optional<Component> found = ref == null ? Optional.empty() : project.component(ref);
        if (found.isEmpty()) {
            errors.put("components", "Component with " + (v != null && v.has("name") ? "name '" : "id '") + ref
                    + "' does not exist.");
        }
        return found.map(Component::id);
    }

    private Optional<String> versions(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            setVersions(field, List.of());
            return Optional.empty();
        }
        if (!value.isArray()) {
            return Optional.of("Operation value must be an array");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode v : value) {
            Optional<String> id = version(field, v);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        setVersions(field, List.copyOf(ids));
        return Optional.empty();
    }

    private void addOrRemoveVersion(String field, String verb, JsonNode value) {
        Set<String> next = new LinkedHashSet<>(field.equals("fixVersions") ? issue.fixVersionIds : issue.versionIds);
        Optional<String> id = version(field, value);
        if (id.isEmpty()) {
            return;
        }
        if (verb.equals("add")) {
            next.add(id.get());
        } else {
            next.remove(id.get());
        }
        setVersions(field, List.copyOf(next));
    }

    private void setVersions(String field, List<String> ids) {
        if (field.equals("fixVersions")) {
            issue.fixVersionIds = ids;
        } else {
            issue.versionIds = ids;
        }
    }

    /** A version of the issue's project, by id or name (Jira: "Version id '10' is not valid"). */
    private Optional<String> version(String field, JsonNode v) {
        boolean byName = v != null && !v.has("id") && v.has("name");
        String ref = v == null ? null : byName ? v.path("name").asText() : v.path("id").asText(null);
        Optional<Version> found = dir.versions(project.id()).stream()
                .filter(x -> byName ? x.name().equals(ref) : x.id().equals(ref)).findFirst();
        if (found.isEmpty()) {
            errors.put(field, "Version " + (byName ? "name" : "id") + " '" + ref + "' is not valid");
        }
        return found.map(Version::id);
    }

    private Optional<String> parent(JsonNode value) {
        String ref = value == null ? null : value.has("key") ? value.path("key").asText() : value.path("id").asText(null);
        Optional<Issue> parent = dir.issue(ref);
        if (parent.isEmpty()) {
            return Optional.of("Could not find issue by id or key.");
        }
        issue.parentId = parent.get().id();
        return Optional.empty();
    }

    /** Sub-tasks need a parent in their project that is not a sub-task; nothing else may have one (no epics here). */
    private Optional<String> hierarchy() {
        if (issue.issueTypeId == null) {
            return Optional.empty();
        }
        boolean subtask = dir.issueType(issue.issueTypeId).map(IssueType::subtask).orElse(false);
        if (!subtask) {
            return issue.parentId == null ? Optional.empty() : Optional.of(WRONG_HIERARCHY);
        }
        if (issue.parentId == null) {
            return Optional.of("Issue type is a sub-task but parent issue key or id not specified.");
        }
        Issue parent = dir.issue(issue.parentId).orElseThrow();
        if (parent.parentId() != null) {
            return Optional.of(WRONG_HIERARCHY);
        }
        return parent.projectId().equals(project.id()) ? Optional.empty()
                : Optional.of("A sub-task must be in the same project as its parent.");
    }

    private Optional<String> dueDate(JsonNode value) {
        if (value == null || value.isNull()) {
            issue.dueDate = null;
            return Optional.empty();
        }
        Optional<LocalDate> date = date(value);
        if (date.isEmpty()) {
            return Optional.of("Error parsing date string: " + value.asText());
        }
        issue.dueDate = date.get();
        return Optional.empty();
    }

    private static Optional<LocalDate> date(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(LocalDate.parse(value.asText())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<String> user(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return field.equals("reporter") ? Optional.of("Reporter is required.") : Optional.empty();
        }
        String id = accountId(value);
        Optional<JiraUser> user = id == null ? Optional.empty() : dir.user(id).filter(JiraUser::active);
        if (user.isEmpty()) {
            return Optional.of("Specified user does not exist or you do not have required permissions");
        }
        if (field.equals("assignee") && !new Permissions(dir).has(user.get(), ProjectPermission.ASSIGNABLE_USER, project)) {
            return Optional.of("User '" + id + "' cannot be assigned issues.");
        }
        return Optional.empty();
    }

    private static String accountId(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode id = value.has("accountId") ? value.get("accountId") : value.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    private Optional<String> custom(String field, JsonNode value) {
        CustomField cf = dir.customField(field).orElseThrow();
        if (value == null || value.isNull()) {
            issue.customFields.remove(field);
            return Optional.empty();
        }
        Optional<JsonNode> stored = CustomValues.parse(cf, value);
        if (stored.isEmpty()) {
            return Optional.of(CustomValues.error(cf, value));
        }
        issue.customFields.put(field, stored.get());
        return Optional.empty();
    }

    private static <T> Optional<T> byIdOrName(JsonNode value, java.util.function.Function<String, Optional<T>> byId,
            java.util.function.Function<String, Optional<T>> byName) {
        if (value == null || !value.isObject()) {
            return Optional.empty();
        }
        if (value.path("id").isTextual() || value.path("id").isNumber()) {
            return byId.apply(value.path("id").asText());
        }
        return value.path("name").isTextual() ? byName.apply(value.path("name").asText()) : Optional.empty();
    }

    /** A select option as Jira returns it. */
    static ObjectNode option(CustomField.Option option) {
        return JsonNodeFactory.instance.objectNode().put("value", option.value()).put("id", option.id());
    }
}
