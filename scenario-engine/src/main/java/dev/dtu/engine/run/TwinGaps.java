package dev.dtu.engine.run;

import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.twin.Twin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the twin, not the app, fell short in a trajectory: the app called an operation the twin does not serve
 * (the twin's 404/405 for a request it could not name: Slack's {@code unknown_method}, Okta's {@code unknown},
 * Jira's and Google's "METHOD /path"), or the twin answered 5xx by itself — no injected fault explains it. The
 * journal says which requests a fault met ({@link JournalEntry#fault}): a rule in force whose probability did not
 * fire explains nothing.
 */
public final class TwinGaps {
    private TwinGaps() {}

    public static List<String> of(List<JournalEntry> journal) {
        Set<String> gaps = new LinkedHashSet<>();
        for (JournalEntry e : journal) {
            if (!"request".equals(e.type()) || answeredByAFault(e)) {
                continue;
            }
            if ((e.status() == 404 || e.status() == 405) && unnamed(e)) {
                gaps.add(e.twin() + " " + e.method() + " " + e.path() + ": the twin does not serve this operation ("
                        + e.status() + ")");
            } else if (e.status() >= 500) {
                gaps.add(e.twin() + " " + e.operation() + ": the twin answered " + e.status()
                        + " by itself (no injected fault)");
            }
        }
        return List.copyOf(gaps);
    }

    /** The twin could not name the operation: it has no route for it. */
    private static boolean unnamed(JournalEntry e) {
        return Twin.unnamed(e.operation(), e.method(), e.path());
    }

    /** A fault gave the answer (an error, a drop, a rate limit); one that only delayed it leaves the twin's own. */
    private static boolean answeredByAFault(JournalEntry e) {
        return e.fault() != null && !"latency".equals(e.fault().action());
    }
}
