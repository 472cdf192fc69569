package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which twin id stands for which recorded id. It is learnt by walking a recorded answer and the twin's
 * answer to the same request side by side: records that are the same thing (by the vendor's natural key)
 * pair up their id fields. Requests are then translated to the twin's ids, and answers compared through it.
 */
public final class IdMap {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern ID_LIKE = Pattern.compile(".*\\d.*");
    // Several twin ids may stand for one recorded id: vendors number each kind of thing on its own, so a
    // project and a status can both be "10000".
    private final Map<String, Set<String>> toTwin = new HashMap<>();
    private final Map<String, Set<String>> toRecorded = new HashMap<>();
    private final VendorRules rules;

    public IdMap(VendorRules rules) {
        this.rules = rules;
    }

    public int size() {
        return toTwin.values().stream().mapToInt(Set::size).sum();
    }

    public Set<String> twinIds(String recorded) {
        return toTwin.getOrDefault(recorded, Set.of());
    }

    /** Ids shorter than four characters (Jira's priority "3") would be replaced wherever that text occurs. */
    void pair(String recorded, String twin) {
        if (recorded.length() < 4 || twin.length() < 4) {
            return;
        }
        toTwin.computeIfAbsent(recorded, k -> new LinkedHashSet<>()).add(twin);
        toRecorded.computeIfAbsent(twin, k -> new LinkedHashSet<>()).add(recorded);
    }

    /** Learns from one recorded answer and the twin's answer to the same request. */
    public void learn(JsonNode recorded, JsonNode twin) {
        if (recorded.isObject() && twin.isObject()) {
            Optional<String> a = rules.naturalKey(recorded);
            Optional<String> b = rules.naturalKey(twin);
            if (a.isPresent() && a.equals(b)) {
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

    /**
     * Learns from the answers to one write: what it created is the same thing on both sides whatever its natural
     * key (Jira answers a new issue with only {@code id}, {@code key} and {@code self}), so the top-level ids pair.
     */
    public void learnCreated(JsonNode recorded, JsonNode twin) {
        if (recorded.isObject() && twin.isObject()) {
            pairIds(recorded, twin);
        }
        learn(recorded, twin);
    }

    /**
     * Learns from the {@code Location} of a write's answers (a resumable upload's session URL, a created
     * resource): the path segments and query values that differ, where the two URLs have the same shape.
     */
    public void learnLocation(String recorded, String twin) {
        if (recorded == null || twin == null) {
            return;
        }
        String[] r = recorded.replaceFirst("^[a-z]+://[^/]+", "").split("[/?&=]");
        String[] t = twin.replaceFirst("^[a-z]+://[^/]+", "").split("[/?&=]");
        if (r.length != t.length) {
            return;
        }
        for (int i = 0; i < r.length; i++) {
            if (!r[i].equals(t[i]) && TOKEN.matcher(r[i]).matches() && TOKEN.matcher(t[i]).matches()) {
                pair(r[i], t[i]);
            }
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

    /** Whether an id field holds the same thing: the twin's id stands for the recorded one, or nothing is known. */
    boolean sameId(String recorded, String twin) {
        Set<String> known = twinIds(recorded);
        return known.isEmpty() || known.contains(twin) || recorded.equals(twin);
    }

    /**
     * Whether two texts (a URL, a message) say the same once ids are seen through the map: every token is
     * equal, paired, or an id the map knows nothing about.
     */
    boolean sameText(String recorded, String twin) {
        if (recorded.equals(twin)) {
            return true;
        }
        String[] r = recorded.split("(?<=[^A-Za-z0-9_.-])|(?=[^A-Za-z0-9_.-])");
        String[] t = twin.split("(?<=[^A-Za-z0-9_.-])|(?=[^A-Za-z0-9_.-])");
        if (r.length != t.length) {
            return false;
        }
        for (int i = 0; i < r.length; i++) {
            if (!r[i].equals(t[i]) && !sameToken(r[i], t[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean sameToken(String recorded, String twin) {
        if (!TOKEN.matcher(recorded).matches() || !TOKEN.matcher(twin).matches()) {
            return false;
        }
        Set<String> known = twinIds(recorded);
        return known.contains(twin) || (known.isEmpty() && ID_LIKE.matcher(recorded).matches()
                && ID_LIKE.matcher(twin).matches());
    }

    /** A recorded string with every known recorded id in it replaced by the twin's (first learnt) id. */
    public String translate(String recorded) {
        if (toTwin.isEmpty() || recorded == null) {
            return recorded;
        }
        Matcher m = TOKEN.matcher(recorded);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Set<String> v = toTwin.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v.iterator().next()));
        }
        return m.appendTail(sb).toString();
    }
}
