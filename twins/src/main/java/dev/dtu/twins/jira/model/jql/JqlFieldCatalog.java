package dev.dtu.twins.jira.model.jql;

import static dev.dtu.twins.jira.model.jql.FieldType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fields a query may name: Jira's system fields plus the site's custom fields. */
public record JqlFieldCatalog(List<JqlField> fields) {

    public JqlFieldCatalog {
        fields = List.copyOf(fields);
    }

    public static JqlFieldCatalog system() {
        return new JqlFieldCatalog(List.of(
                field("project", PROJECT),
                field("key", KEY, "issuekey", "issue", "id"),
                field("issuetype", OPTION, "type"),
                history("status", OPTION),
                field("statusCategory", OPTION),
                history("assignee", USER),
                history("reporter", USER),
                field("creator", USER),
                history("priority", RANKED_OPTION),
                history("resolution", OPTION),
                field("labels", LABELS),
                field("summary", TEXT),
                field("description", TEXT),
                field("environment", TEXT),
                field("comment", TEXT),
                field("text", ALL_TEXT),
                field("created", DATE_TIME, "createdDate"),
                field("updated", DATE_TIME, "updatedDate"),
                field("resolutiondate", DATE_TIME, "resolved"),
                field("duedate", DATE, "due")));
    }

    public JqlFieldCatalog with(JqlField... more) {
        List<JqlField> all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return new JqlFieldCatalog(all);
    }

    /** Finds a field by any of its JQL names, case-insensitively; custom fields also by customfield_N. */
    public Optional<JqlField> find(String reference) {
        return fields.stream().filter(f -> f.answersTo(reference)).findFirst();
    }

    List<JqlField> ofType(FieldType type) {
        return fields.stream().filter(f -> f.type() == type).toList();
    }

    private static JqlField field(String id, FieldType type, String... aliases) {
        return new JqlField(id, id, type, false, List.of(aliases));
    }

    private static JqlField history(String id, FieldType type) {
        return new JqlField(id, id, type, true, List.of());
    }
}
