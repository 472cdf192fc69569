package dev.dtu.twins.jira.model.jql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plain issue for tests: field values by id plus per-field change history. */
record TestIssue(String id, String key, String projectKey, Map<String, Object> values,
        Map<String, List<JqlChange>> history) implements JqlIssue {

    static TestIssue of(String key) {
        String number = key.substring(key.indexOf('-') + 1);
        return new TestIssue(String.valueOf(10000 + Long.parseLong(number)), key,
                key.substring(0, key.indexOf('-')), Map.of(), Map.of());
    }

    TestIssue with(String field, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(field, value);
        return new TestIssue(id, key, projectKey, copy, history);
    }

    TestIssue withChanges(String field, JqlChange... changes) {
        Map<String, List<JqlChange>> copy = new HashMap<>(history);
        copy.put(field, List.of(changes));
        return new TestIssue(id, key, projectKey, values, copy);
    }

    @Override
    public Object value(String fieldId) {
        return values.get(fieldId);
    }

    @Override
    public List<JqlChange> changes(String fieldId) {
        return history.getOrDefault(fieldId, List.of());
    }

    @Override
    public String toString() {
        return key + values + history;
    }
}
