package dev.dtu.engine.world;

import java.util.List;
import java.util.Random;

/** A small vocabulary of support-desk words for generated phrases; the first words are the "simplest". */
final class Words {
    private static final List<String> VOCABULARY = List.of(
            "login", "page", "error", "export", "report", "button", "invoice", "sync", "timeout", "dashboard",
            "upload", "search", "password", "billing", "email", "crash", "slow", "missing", "blank", "broken",
            "mobile", "settings", "calendar", "notification", "checkout", "profile", "permissions", "chart",
            "filter", "webhook", "token", "import", "printer", "screen", "download", "account", "payment", "order");

    private Words() {}

    static String phrase(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return sb.toString();
    }

    static String simplest(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCABULARY.get(i % VOCABULARY.size()));
        }
        return sb.toString();
    }
}
