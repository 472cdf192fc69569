package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Optional;

/** A project's workflow: its statuses (the first is where new issues start) and transitions. */
public record Workflow(String name, List<String> statusIds, List<Transition> transitions) {

    public Workflow {
        statusIds = List.copyOf(statusIds);
        transitions = List.copyOf(transitions);
    }

    public String initialStatusId() {
        return statusIds.getFirst();
    }

    public List<Transition> availableFrom(String statusId) {
        return transitions.stream().filter(t -> t.availableFrom(statusId)).toList();
    }

    public Optional<Transition> transition(String id) {
        return transitions.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
