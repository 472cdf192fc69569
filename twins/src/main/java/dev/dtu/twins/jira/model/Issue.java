package dev.dtu.twins.jira.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An issue; a sub-task names its {@code parentId}. {@code description} is an ADF document (or null); {@code customFields} holds each set custom
 * field's value as the REST API writes it (a number, a string, {"id","value"} for an option...).
 */
public record Issue(String id, String key, String projectId, String parentId, String issueTypeId, String summary, JsonNode description,
        String statusId, String priorityId, String resolutionId, String assigneeAccountId, String reporterAccountId,
        String creatorAccountId, List<String> labels, List<String> componentIds, Map<String, JsonNode> customFields,
        LocalDate dueDate, Instant created, Instant updated, Instant resolutionDate, Instant statusCategoryChangeDate,
        List<String> fixVersionIds, List<String> versionIds) {

    public Issue {
        labels = List.copyOf(labels);
        componentIds = List.copyOf(componentIds);
        fixVersionIds = fixVersionIds == null ? List.of() : List.copyOf(fixVersionIds);
        versionIds = versionIds == null ? List.of() : List.copyOf(versionIds);
        customFields = Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    public long number() {
        return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    }

    public Builder edit() {
        return new Builder(this);
    }

    /** A mutable copy for applying several field changes at once. */
    public static final class Builder {
        public String parentId;
        public String issueTypeId;
        public String summary;
        public JsonNode description;
        public String statusId;
        public String priorityId;
        public String resolutionId;
        public String assignee;
        public String reporter;
        public List<String> labels;
        public List<String> componentIds;
        /** Fix versions ({@code fixVersions}) and affects versions ({@code versions}), by id. */
        public List<String> fixVersionIds;
        public List<String> versionIds;
        public final Map<String, JsonNode> customFields;
        public LocalDate dueDate;
        public Instant updated;
        public Instant resolutionDate;
        public Instant statusCategoryChangeDate;
        private final Issue base;

        Builder(Issue base) {
            this.base = base;
            parentId = base.parentId;
            issueTypeId = base.issueTypeId;
            summary = base.summary;
            description = base.description;
            statusId = base.statusId;
            priorityId = base.priorityId;
            resolutionId = base.resolutionId;
            assignee = base.assigneeAccountId;
            reporter = base.reporterAccountId;
            labels = base.labels;
            componentIds = base.componentIds;
            fixVersionIds = base.fixVersionIds;
            versionIds = base.versionIds;
            customFields = new TreeMap<>(base.customFields);
            dueDate = base.dueDate;
            updated = base.updated;
            resolutionDate = base.resolutionDate;
            statusCategoryChangeDate = base.statusCategoryChangeDate;
        }

        public Issue build() {
            return new Issue(base.id, base.key, base.projectId, parentId, issueTypeId, summary, description, statusId, priorityId,
                    resolutionId, assignee, reporter, base.creatorAccountId, labels, componentIds, customFields, dueDate,
                    base.created, updated, resolutionDate, statusCategoryChangeDate, fixVersionIds, versionIds);
        }
    }
}
