package dev.dtu.twins.slack.model;

import dev.dtu.server.state.Tx;
import java.util.Locale;

/**
 * Deterministic Slack-shaped ids: a type letter (T team, U user, B bot, A app, C channel, D DM,
 * G group DM, Q scheduled message) and nine base-36 characters, counted per type in the universe's state.
 */
public final class Ids {
    private Ids() {}

    public static String next(Tx tx, String prefix) {
        long n = tx.next("slack.id." + prefix);
        String digits = Long.toString(n, 36).toUpperCase(Locale.ROOT);
        return prefix + "0".repeat(Math.max(0, 9 - digits.length())) + digits;
    }
}
