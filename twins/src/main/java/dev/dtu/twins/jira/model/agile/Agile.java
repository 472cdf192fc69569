package dev.dtu.twins.jira.model.agile;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira Software's writes in one transaction: filters, boards, sprints and their state machine, moving issues between
 * sprints and the backlog, epics and rank. Throws {@link JiraException}; the write then changes nothing.
 */
public final class Agile {
    /** "The maximum number of issues that can be moved in one operation is 50" (sprint, backlog, epic, rank). */
    public static final int MAX_ISSUES = 50;
    private final Tx tx;
    private final Instant now;

    public Agile(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    public AgileDirectory dir() {
        return new AgileDirectory(tx.state());
    }

    public Filter createFilter(String owner, String name, String description, String jql) {
        checkFilterName(name, null);
        long id = 9_999 + tx.next("jira.filter");
        return tx.put(FILTERS, numberKey(id), new Filter(id, name, description, jql == null ? "" : jql, owner, List.of()));
    }

    public Filter updateFilter(Filter f, Optional<String> name, Optional<String> description, Optional<String> jql) {
        name.ifPresent(n -> checkFilterName(n, f.id()));
        return tx.put(FILTERS, numberKey(f.id()), new Filter(f.id(), name.orElse(f.name()), description.orElse(f.description()),
                jql.orElse(f.jql()), f.ownerAccountId(), f.favouriteOf(), f.shares(), f.columns()));
    }

    public Filter favourite(Filter f, String accountId, boolean on) {
        List<String> who = new ArrayList<>(f.favouriteOf());
        who.remove(accountId);
        if (on) {
            who.add(accountId);
        }
        return tx.put(FILTERS, numberKey(f.id()), new Filter(f.id(), f.name(), f.description(), f.jql(), f.ownerAccountId(), who,
                f.shares(), f.columns()));
    }

    /** Adds a share permission (a new id); returns the filter with it. */
    public Filter share(Filter f, Filter.SharePermission draft) {
        long id = 9_999 + tx.next("jira.sharePermission");
        List<Filter.SharePermission> all = new ArrayList<>(f.shares());
        all.add(new Filter.SharePermission(id, draft.type(), draft.projectId(), draft.roleId(), draft.groupName(),
                draft.accountId(), draft.edit()));
        return tx.put(FILTERS, numberKey(f.id()), f.withShares(all));
    }

    public Filter unshare(Filter f, long permissionId) {
        return tx.put(FILTERS, numberKey(f.id()), f.withShares(f.shares().stream().filter(s -> s.id() != permissionId).toList()));
    }

    /** Sets the filter's own columns (null: none). */
    public Filter columns(Filter f, List<String> columns) {
        return tx.put(FILTERS, numberKey(f.id()), f.withColumns(columns));
    }

    public void deleteFilter(Filter f) {
        if (dir().boards().stream().anyMatch(b -> b.filterId() == f.id())) {
            // Guessed wording: Jira refuses to delete a filter a board uses, its docs give no message.
            throw JiraException.message(400, "The filter is used by a board and cannot be deleted.");
        }
        tx.remove(FILTERS, numberKey(f.id()));
    }

    private void checkFilterName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw JiraException.field("filterName", "You must specify a name to save this filter as.");
        }
        if (name.length() > 255) {
            throw JiraException.field("filterName", "The filter name must not exceed 255 characters.");
        }
        boolean taken = dir().filters().stream().anyMatch(f -> f.name().equalsIgnoreCase(name) && (self == null || f.id() != self));
        if (taken) {
            throw JiraException.field("filterName", "Filter with same name already exists.");
        }
    }

    public Board createBoard(String owner, String name, String type, Filter filter, String projectId) {
        long id = tx.next("jira.board");
        return tx.put(BOARDS, numberKey(id), new Board(id, name, type, filter.id(), projectId, owner));
    }

    /** Deleting a board leaves its sprints, as Jira does (they stay on the issues that were in them). */
    public void deleteBoard(Board b) {
        tx.remove(BOARDS, numberKey(b.id()));
    }

    public Sprint createSprint(String name, Board board, Instant start, Instant end, String goal) {
        SprintRules.checkName(name);
        if (!board.scrum()) {
            throw JiraException.field("originBoardId", "The board does not support sprints: it is not a scrum board.");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw JiraException.field("endDate", "The sprint end date must not be before its start date.");
        }
        long id = tx.next("jira.sprint");
        return tx.put(SPRINTS, numberKey(id), new Sprint(id, name, Sprint.FUTURE, board.id(), goal, start, end, null, now));
    }

    /** Applies an update; closing a sprint moves its issues out of it: they keep it among their closed sprints. */
    public Sprint updateSprint(Sprint s, SprintChange change) {
        Sprint next = SprintRules.apply(s, change, now);
        if (next.state().equals(Sprint.ACTIVE) && !s.state().equals(Sprint.ACTIVE)) {
            boolean another = dir().sprints().stream().anyMatch(o -> o.originBoardId() == s.originBoardId()
                    && o.state().equals(Sprint.ACTIVE) && o.id() != s.id());
            if (another) {
                // Guessed wording; Jira allows one active sprint per board unless parallel sprints are on (not modelled).
                throw JiraException.message(400, "The board already has an active sprint; complete it before starting another.");
            }
        }
        tx.put(SPRINTS, numberKey(s.id()), next);
        if (next.state().equals(Sprint.CLOSED) && !s.state().equals(Sprint.CLOSED)) {
            for (Issue issue : issuesIn(s.id())) {
                AgileFields f = dir().fields(issue);
                List<Long> closed = new ArrayList<>(f.closedSprintIds());
                closed.add(s.id());
                tx.put(AGILE, issue.id(), new AgileFields(f.rank(), null, closed, f.epicId()));
            }
        }
        return next;
    }

    /** "Once a sprint is deleted, all open issues in the sprint will be moved to the backlog." */
    public void deleteSprint(Sprint s) {
        for (Issue issue : dir().dir().issues()) {
            AgileFields f = dir().fields(issue);
            if (Long.valueOf(s.id()).equals(f.sprintId()) || f.closedSprintIds().contains(s.id())) {
                List<Long> closed = new ArrayList<>(f.closedSprintIds());
                closed.remove(s.id());
                Long open = Long.valueOf(s.id()).equals(f.sprintId()) ? null : f.sprintId();
                tx.put(AGILE, issue.id(), new AgileFields(f.rank(), open, closed, f.epicId()));
            }
        }
        tx.remove(SPRINTS, numberKey(s.id()));
    }

    public List<Issue> issuesIn(long sprintId) {
        return dir().dir().issues().stream().filter(i -> Long.valueOf(sprintId).equals(dir().fields(i).sprintId())).toList();
    }

    /** "Issues can only be moved to open or active sprints." */
    public void moveToSprint(Sprint s, List<Issue> issues) {
        if (!s.open()) {
            throw JiraException.message(400, "Issues can only be moved to future or active sprints; sprint " + s.id() + " is closed.");
        }
        issues.forEach(i -> put(i, dir().fields(i).withSprint(s.id())));
    }

    public void moveToBacklog(List<Issue> issues) {
        issues.forEach(i -> put(i, dir().fields(i).withSprint(null)));
    }

    public void moveToEpic(Issue epic, List<Issue> issues) {
        for (Issue i : issues) {
            if (dir().isEpic(i)) {
                throw JiraException.message(400, "Issue " + i.key() + " is an epic and cannot be added to an epic.");
            }
            if (i.parentId() != null) {
                throw JiraException.message(400, "Issue " + i.key() + " is a sub-task; its parent's epic applies to it.");
            }
        }
        issues.forEach(i -> put(i, dir().fields(i).withEpic(epic == null ? null : epic.id())));
    }

    public EpicDetails updateEpic(Issue epic, Optional<String> name, Optional<String> color, Optional<Boolean> done) {
        EpicDetails e = dir().epic(epic);
        return tx.put(EPICS, epic.id(), new EpicDetails(name.orElse(e.name()), color.orElse(e.color()), done.orElse(e.done())));
    }

    /**
     * Puts the issues, in the order given, right before {@code before} or right after {@code after} (one of them is
     * given). An issue ranked relative to itself stays where it is (Jira accepts it and changes nothing).
     */
    public void rank(List<Issue> issues, Issue before, Issue after) {
        List<Issue> moving = issues.stream().filter(i -> !i.id().equals((before != null ? before : after).id())).toList();
        if (moving.isEmpty()) {
            return;
        }
        List<Issue> others = dir().dir().issues().stream().filter(i -> moving.stream().noneMatch(m -> m.id().equals(i.id())))
                .sorted(dir().byRank()).toList();
        Issue anchor = before != null ? before : after;
        int at = others.indexOf(others.stream().filter(i -> i.id().equals(anchor.id())).findFirst().orElseThrow());
        String low = before != null ? (at == 0 ? null : dir().fields(others.get(at - 1)).rank()) : dir().fields(anchor).rank();
        String high = before != null ? dir().fields(anchor).rank() : (at + 1 < others.size() ? dir().fields(others.get(at + 1)).rank() : null);
        for (Issue i : moving) {
            String r = Rank.between(low, high);
            put(i, dir().fields(i).withRank(r));
            low = r;
        }
    }

    private void put(Issue issue, AgileFields f) {
        tx.put(AGILE, issue.id(), f);
    }
}
