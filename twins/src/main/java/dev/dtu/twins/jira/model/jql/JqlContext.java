package dev.dtu.twins.jira.model.jql;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a query is validated and evaluated against: the searcher, the clock and the site's configuration. */
public interface JqlContext {

    JqlFieldCatalog fields();

    /** The searcher's account id; empty for anonymous searches (currentUser() then matches nothing). */
    Optional<String> currentUser();

    /** Now and the searcher's time zone, for dates without a zone and functions like startOfDay(). */
    Clock clock();

    /** Allowed values of an enumerated field, in rank order (priority: highest first); empty = anything goes. */
    List<JqlOption> options(String fieldId);

    /** Resolves what a query names as a user (account id, email, display name) to an account id. */
    Optional<String> resolveUser(String user);

    /** Account ids in a group, or empty when no such group exists. */
    Optional<Set<String>> groupMembers(String group);

    /** Whether an issue with this key exists (for Jira's "does not exist for field 'key'" error). */
    boolean issueExists(String key);

    /** Display name used by ORDER BY on user fields. */
    default String displayName(String accountId) {
        return accountId;
    }

    /**
     * The sprints openSprints() (active and future), closedSprints() and futureSprints() stand for, by the function's
     * name without "Sprints"; none on a site without Jira Software.
     */
    default List<JqlOption> sprints(String function) {
        return List.of();
    }

    default DayOfWeek firstDayOfWeek() {
        return DayOfWeek.SUNDAY;
    }
}
