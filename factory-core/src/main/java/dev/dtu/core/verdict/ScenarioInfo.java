package dev.dtu.core.verdict;

/** What the suite says about a scenario: its title, the user story it tells, and its weight overall. */
public record ScenarioInfo(String id, String title, String story, double weight) {

    public ScenarioInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("scenario id must not be blank");
        }
        if (!(weight >= 0.0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("scenario weight must be finite and >= 0, got " + weight);
        }
        title = title == null || title.isBlank() ? id : title;
        story = story == null ? "" : story;
    }

    /** A scenario the suite did not describe: titled by its id, weight 1. */
    public static ScenarioInfo of(String id) {
        return new ScenarioInfo(id, id, "", 1.0);
    }
}
