package dev.dtu.server.journal;

import java.util.Map;

/** Replaces a universe's secrets with stable placeholders before anything is journaled. */
public final class Redactor {
    private final Map<String, String> placeholders;

    /** @param placeholders secret to placeholder, e.g. "xoxb-…" to "[slack:bot]" */
    public Redactor(Map<String, String> placeholders) {
        this.placeholders = Map.copyOf(placeholders);
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
