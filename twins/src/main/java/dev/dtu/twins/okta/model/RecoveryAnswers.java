package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Tx;
import java.util.Locale;

/** Stores a user's recovery question answer (hashed, compared case-insensitively and trimmed). */
public final class RecoveryAnswers {
    private RecoveryAnswers() {
    }

    public static void set(Tx tx, String userId, String answer) {
        if (answer != null) {
            tx.put(RecoveryAnswer.ANSWERS, userId, new RecoveryAnswer(userId, Passwords.hash(normalise(answer))));
        }
    }

    static String normalise(String answer) {
        return answer.trim().toLowerCase(Locale.ROOT);
    }
}
