package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.mapping.Recordings;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import java.util.List;

/**
 * Infers a universe seed from recordings. Okta runs first (it knows people best), then Slack, Jira and
 * Google; the result is checked by the same validator the server uses.
 */
public final class RecordingSeeder {
    private RecordingSeeder() {}

    public static InferredSeed infer(Recordings recordings) {
        SeedDraft draft = new SeedDraft();
        List<SeedInference> inferences = List.of(new OktaInference(), new SlackInference(), new JiraInference(),
                new GoogleInference());
        recordings.exchanges().forEach(e -> draft.markRecorded(e.vendor()));
        draft.created(CreatedDuringRecording.of(recordings.exchanges()));
        for (SeedInference inference : inferences) {
            inference.infer(recordings.of(inference.vendor()), draft);
        }
        if (draft.people().isEmpty()) {
            callers(recordings, draft);
        }
        ObjectNode seed = draft.toSeed();
        try {
            SeedDocument.of(seed);
        } catch (SeedException e) {
            throw new RecordingException("the inferred seed is not valid: " + e.getMessage(), e);
        }
        return new InferredSeed(seed, draft.notes());
    }

    /**
     * Recordings that name nobody (a Sheets-only or Docs-only session) still had someone calling: one person per
     * credential they were made with, so the universe has the actors the replay acts as.
     */
    private static void callers(Recordings recordings, SeedDraft draft) {
        List<String> credentials = recordings.exchanges().stream().map(e -> e.credential()).filter(c -> c != null)
                .distinct().sorted().toList();
        int n = Math.max(1, credentials.size());
        for (int i = 1; i <= n; i++) {
            draft.people().person(null, n == 1 ? "Recorded caller" : "Recorded caller " + i);
        }
        draft.note("the recordings name nobody (no users.list, /api/v1/users, issues or Drive owners): seeded "
                + (n == 1 ? "one person" : n + " people") + " for the " + (credentials.isEmpty() ? "caller" : "credentials")
                + " they were made with");
    }

    /** The seed and what could not be carried over into it. */
    public record InferredSeed(ObjectNode seed, List<String> notes) {}
}
