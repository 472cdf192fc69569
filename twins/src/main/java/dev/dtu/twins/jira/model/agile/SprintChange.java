package dev.dtu.twins.jira.model.agile;

import java.time.Instant;
import java.util.Optional;

/**
 * What an update of a sprint asks for; an empty optional is a field the request left out, a present null (for the
 * goal and dates) one it cleared. {@code completeDate} only records that the request named it.
 */
public record SprintChange(Optional<String> name, Optional<String> goal, Optional<Instant> startDate,
        Optional<Instant> endDate, Optional<String> state, boolean completeDateGiven) {

    public static SprintChange none() {
        return new SprintChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
