package dev.dtu.twins.jira.model.agile;

import java.util.List;

/**
 * What Jira Software keeps on an issue: its rank (a LexoRank-like string, see {@link Rank}), the open sprint it is in
 * (null: the backlog), the closed sprints it was in, and its epic's issue id.
 */
public record AgileFields(String rank, Long sprintId, List<Long> closedSprintIds, String epicId) {
    public AgileFields {
        closedSprintIds = List.copyOf(closedSprintIds);
    }

    public AgileFields withRank(String r) {
        return new AgileFields(r, sprintId, closedSprintIds, epicId);
    }

    public AgileFields withSprint(Long s) {
        return new AgileFields(rank, s, closedSprintIds, epicId);
    }

    public AgileFields withEpic(String e) {
        return new AgileFields(rank, sprintId, closedSprintIds, e);
    }
}
