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
        for (SeedInference inference : inferences) {
            inference.infer(recordings.of(inference.vendor()), draft);
        }
        if (draft.people().isEmpty()) {
            throw new RecordingException("the recordings name nobody (no users.list, /api/v1/users, issues or Drive owners): "
                    + "there is no one to seed");
        }
        ObjectNode seed = draft.toSeed();
        try {
            SeedDocument.of(seed);
        } catch (SeedException e) {
            throw new RecordingException("the inferred seed is not valid: " + e.getMessage(), e);
        }
        return new InferredSeed(seed, draft.notes());
    }

    /** The seed and what could not be carried over into it. */
    public record InferredSeed(ObjectNode seed, List<String> notes) {}
}
