package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which twin id stands for which recorded id. It is learnt by walking a recorded answer and the twin's
 * answer to the same request side by side: records that are the same thing (by the vendor's natural key)
 * pair up their id fields. Requests are then translated to the twin's ids, and answers compared through it.
 */
public final class IdMap {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]+");
    private final Map<String, String> toTwin = new HashMap<>();
    private final Map<String, String> toRecorded = new HashMap<>();
    private final VendorRules rules;

    public IdMap(VendorRules rules) {
        this.rules = rules;
    }

    public int size() {
        return toTwin.size();
    }

    public Optional<String> twinId(String recorded) {
        return Optional.ofNullable(toTwin.get(recorded));
    }

    /** The recorded id a twin id stands for. */
    public Optional<String> recordedId(String twin) {
        return Optional.ofNullable(toRecorded.get(twin));
    }

    void pair(String recorded, String twin) {
        if (recorded.isEmpty() || twin.isEmpty() || toTwin.containsKey(recorded) || toRecorded.containsKey(twin)) {
            return;
        }
        toTwin.put(recorded, twin);
        toRecorded.put(twin, recorded);
    }

    /** Learns from one recorded answer and the twin's answer to the same request. */
    public void learn(JsonNode recorded, JsonNode twin) {
        if (recorded.isObject() && twin.isObject()) {
            Optional<String> a = rules.naturalKey(recorded);
            Optional<String> b = rules.naturalKey(twin);
            if (a.equals(b)) {
                pairIds(recorded, twin);
            }
            for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (twin.has(f)) {
                    learn(recorded.get(f), twin.get(f));
                }
            }
        } else if (recorded.isArray() && twin.isArray()) {
            learnArray(recorded, twin);
        }
    }

    private void learnArray(JsonNode recorded, JsonNode twin) {
        Map<String, JsonNode> byKey = new HashMap<>();
        twin.forEach(t -> rules.naturalKey(t).ifPresent(k -> byKey.putIfAbsent(k, t)));
        for (JsonNode r : recorded) {
            Optional<String> key = rules.naturalKey(r);
            if (key.isPresent() && byKey.containsKey(key.get())) {
                learn(r, byKey.get(key.get()));
            }
        }
    }

    private void pairIds(JsonNode recorded, JsonNode twin) {
        for (String f : rules.idFields()) {
            JsonNode a = recorded.get(f);
            JsonNode b = twin.get(f);
            if (a != null && b != null && a.isValueNode() && b.isValueNode()) {
                pair(a.asText(), b.asText());
            }
        }
    }

    /** A recorded string with every known recorded id in it replaced by the twin's id. */
    public String translate(String recorded) {
        return replaceTokens(recorded, toTwin);
    }

    /** A twin string with every known twin id replaced by the recorded id it stands for. */
    public String untranslate(String twin) {
        return replaceTokens(twin, toRecorded);
    }

    private static String replaceTokens(String text, Map<String, String> map) {
        if (map.isEmpty() || text == null) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = map.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        return m.appendTail(sb).toString();
    }
}
