package dev.dtu.twins.jira.model.agile;

import java.time.Instant;

/** A sprint of a scrum board; {@code state} is future, active or closed (see {@link SprintRules}). */
public record Sprint(long id, String name, String state, long originBoardId, String goal, Instant startDate,
        Instant endDate, Instant completeDate, Instant createdDate) {

    public static final String FUTURE = "future";
    public static final String ACTIVE = "active";
    public static final String CLOSED = "closed";

    public boolean open() {
        return !state.equals(CLOSED);
    }
}
