package dev.dtu.twins.jira.model.agile;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import dev.dtu.server.state.State;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.Status;
import dev.dtu.twins.jira.model.StatusCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Read-only lookups of Jira Software's boards, sprints, filters, ranks and epics over one state. */
public record AgileDirectory(State state) {

    public Directory dir() {
        return new Directory(state);
    }

    public List<Filter> filters() {
        return List.copyOf(state.all(FILTERS).values());
    }

    public Optional<Filter> filter(String id) {
        return number(id).flatMap(n -> state.get(FILTERS, numberKey(n)));
    }

    public List<Board> boards() {
        return List.copyOf(state.all(BOARDS).values());
    }

    public Optional<Board> board(String id) {
        return number(id).flatMap(n -> state.get(BOARDS, numberKey(n)));
    }

    public List<Sprint> sprints() {
        return List.copyOf(state.all(SPRINTS).values());
    }

    public Optional<Sprint> sprint(String id) {
        return number(id).flatMap(n -> state.get(SPRINTS, numberKey(n)));
    }

    public Optional<Sprint> sprint(long id) {
        return state.get(SPRINTS, numberKey(id));
    }

    /** The issue's agile fields; an issue never touched by Jira Software ranks by creation and is in no sprint. */
    public AgileFields fields(Issue issue) {
        return state.get(AGILE, issue.id()).orElseGet(() -> new AgileFields(Rank.initial(issue.id()), null, List.of(), null));
    }

    /** Every sprint the issue is or was in: the closed ones first, then its open one. */
    public List<Sprint> sprintsOf(Issue issue) {
        AgileFields f = fields(issue);
        List<Sprint> out = new ArrayList<>();
        f.closedSprintIds().forEach(id -> sprint(id).ifPresent(out::add));
        if (f.sprintId() != null) {
            sprint(f.sprintId()).ifPresent(out::add);
        }
        return out;
    }

    public boolean isEpic(Issue issue) {
        return dir().issueType(issue.issueTypeId()).map(t -> t.name().equalsIgnoreCase("Epic")).orElse(false);
    }

    /** An epic's details; one never edited is named by its summary, colour 1, not done. */
    public EpicDetails epic(Issue epic) {
        return state.get(EPICS, epic.id()).orElseGet(() -> new EpicDetails(epic.summary(), "color_1", false));
    }

    public Comparator<Issue> byRank() {
        return Comparator.comparing((Issue i) -> fields(i).rank()).thenComparing(Issue::id);
    }

    /** Whether the issue's status is in the board's last column ("Done"): Jira counts such issues as complete. */
    public boolean done(Issue issue) {
        Status status = dir().status(issue.statusId());
        return status.category().equals(StatusCategory.DONE);
    }

    private static Optional<Long> number(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
