package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.redact.Redactor;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares a recorded JSON answer with the twin's, field by field: presence, type, and value unless the
 * vendor's rules call the field volatile. Ids compare through the {@link IdMap}; URLs compare without their
 * origin (the vendor's host, the twin's {@code /u/{id}/{twin}} prefix).
 */
final class StructuralDiff {
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s\"]+(/u/[^/\\s\"]+/(slack|okta|jira|google))?");
    private static final Pattern TWIN_ORIGIN = Pattern.compile("https?://[^/\\s\"]+/u/[^/\\s\"]+/(slack|okta|jira|google)");
    private static final int SHOWN = 120;

    private final VendorRules rules;
    private final IdMap ids;

    StructuralDiff(VendorRules rules, IdMap ids) {
        this.rules = rules;
        this.ids = ids;
    }

    void compare(JsonNode recorded, JsonNode twin, String path, String field, Comparison out) {
        if (field != null && rules.volatileFields().contains(field)) {
            sameType(recorded, twin, path, out);
        } else if (recorded.isObject() && twin.isObject()) {
            objects(recorded, twin, path, out);
        } else if (recorded.isArray() && twin.isArray()) {
            arrays(recorded, twin, path, field, out);
        } else if (!sameKind(recorded, twin)) {
            out.fail(path, "type", describe(recorded), describe(twin));
        } else {
            values(recorded, twin, path, field, out);
        }
    }

    private void objects(JsonNode recorded, JsonNode twin, String path, Comparison out) {
        for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (twin.has(f)) {
                compare(recorded.get(f), twin.get(f), path + "." + f, f, out);
            } else {
                out.fail(path + "." + f, "missing in twin", shown(recorded.get(f)), null);
            }
        }
        java.util.List<String> twinFields = new java.util.ArrayList<>();
        twin.fieldNames().forEachRemaining(twinFields::add);
        java.util.Collections.sort(twinFields); // the twin's field order is not the vendor's promise: a stable report
        for (String f : twinFields) {
            if (!recorded.has(f)) {
                boolean secret = Redactor.isSecretName(f) && twin.get(f).isTextual();
                out.fail(path + "." + f, "only in twin", null, secret ? "(a secret)" : shown(twin.get(f)));
            }
        }
    }

    /**
     * Arrays of objects pair their elements by id (through the id map) or the vendor's natural key first, then
     * the rest by position; so an order the vendor does not promise never counts. Where the vendor documents an
     * order ({@link VendorRules#orderedArrays()}), it is one check of its own.
     */
    private void arrays(JsonNode recorded, JsonNode twin, String path, String field, Comparison out) {
        int[] pairs = pair(recorded, twin);
        for (int i = 0; i < recorded.size(); i++) {
            if (pairs[i] >= 0) {
                compare(recorded.get(i), twin.get(pairs[i]), path + "[" + i + "]", field, out);
            } else if (pairs[i] == UNMATCHED) {
                out.fail(path + "[" + i + "]", "missing in twin", shown(recorded.get(i)), null);
            }
        }
        if (recorded.size() != twin.size()) {
            out.fail(path, "length", Integer.toString(recorded.size()), Integer.toString(twin.size()));
        } else {
            out.pass();
        }
        if (field != null && rules.orderedArrays().contains(field) && recorded.size() > 1) {
            check(inOrder(pairs), TextNode.valueOf("in the recorded order"), TextNode.valueOf("in another order"),
                    path + " (order)", out);
        }
    }

    private static final int UNMATCHED = -2;

    /**
     * For each recorded element, the index of the twin element it is compared with: by id or natural key for
     * objects that have one ({@link #UNMATCHED} when the twin has no such thing), by position among the rest
     * (-1 past the twin's end).
     */
    private int[] pair(JsonNode recorded, JsonNode twin) {
        int[] pairs = new int[recorded.size()];
        Arrays.fill(pairs, -1);
        boolean[] taken = new boolean[twin.size()];
        if (objects(recorded) && objects(twin)) {
            for (int i = 0; i < recorded.size(); i++) {
                if (rules.naturalKey(recorded.get(i)).isEmpty()) {
                    continue;
                }
                pairs[i] = UNMATCHED;
                for (int j = 0; j < twin.size(); j++) {
                    if (!taken[j] && sameThing(recorded.get(i), twin.get(j))) {
                        pairs[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
            for (int j = 0; j < twin.size(); j++) {
                taken[j] = taken[j] || rules.naturalKey(twin.get(j)).isPresent();
            }
        }
        int next = 0;
        for (int i = 0; i < recorded.size(); i++) {
            while (pairs[i] == -1 && next < twin.size()) {
                if (!taken[next]) {
                    pairs[i] = next;
                    taken[next] = true;
                }
                next++;
            }
        }
        return pairs;
    }

    /** The same id (or one the id map pairs with it), else the same natural key. */
    private boolean sameThing(JsonNode recorded, JsonNode twin) {
        for (String f : rules.idFields()) {
            JsonNode a = recorded.get(f);
            JsonNode b = twin.get(f);
            if (a != null && b != null && a.isValueNode() && b.isValueNode()
                    && (a.asText().equals(b.asText()) || ids.twinIds(a.asText()).contains(b.asText()))) {
                return true;
            }
        }
        Optional<String> key = rules.naturalKey(recorded);
        return key.isPresent() && key.equals(rules.naturalKey(twin));
    }

    private static boolean objects(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject()) {
                return false;
            }
        }
        return !array.isEmpty();
    }

    private static boolean inOrder(int[] pairs) {
        int last = -1;
        for (int p : pairs) {
            if (p >= 0 && p < last) {
                return false;
            }
            last = Math.max(last, p);
        }
        return true;
    }

    private void values(JsonNode recorded, JsonNode twin, String path, String field, Comparison out) {
        if (recorded.isNumber() && twin.isNumber()) {
            check(recorded.decimalValue().compareTo(twin.decimalValue()) == 0, recorded, twin, path, out);
            return;
        }
        String r = recorded.asText();
        String t = twin.asText();
        if (isRedacted(r)) {
            redacted(recorded, twin, path, out);
        } else if (field != null && rules.idFields().contains(field)) {
            check(ids.sameId(r, t), recorded, twin, path, out);
        } else {
            check(ids.sameText(normal(r), normal(t)), recorded, twin, path, out);
        }
    }

    private void check(boolean same, JsonNode recorded, JsonNode twin, String path, Comparison out) {
        if (same) {
            out.pass();
        } else {
            out.fail(path, "value", shown(recorded), shown(twin));
        }
    }

    /**
     * A volatile value compares by type and, for text, by format (a timestamp stays a timestamp of the same
     * shape, an id keeps its shape); it may also be absent on one side (a user who never logged in has no lastLogin).
     */
    private static void sameType(JsonNode recorded, JsonNode twin, String path, Comparison out) {
        if (recorded.isNull() || twin.isNull()) {
            out.pass();
        } else if (!sameKind(recorded, twin)) {
            out.fail(path, "type", describe(recorded), describe(twin));
        } else if (recorded.isTextual() && !isRedacted(recorded.asText())
                && !ValueFormat.of(recorded.asText()).equals(ValueFormat.of(twin.asText()))) {
            out.fail(path, "format", ValueFormat.of(recorded.asText()) + " " + shown(recorded),
                    ValueFormat.of(twin.asText()) + " " + shown(twin));
        } else {
            out.pass();
        }
    }

    /**
     * A redacted value cannot be compared, but its type can: the twin's must be text of the same kind (an email
     * for a redacted email, a token with the same prefix for {@code xoxb-REDACTED-…}), never a pass for anything.
     */
    private static void redacted(JsonNode recorded, JsonNode twin, String path, Comparison out) {
        String r = recorded.asText();
        String t = twin.isTextual() ? twin.asText() : "";
        boolean email = r.endsWith("@redacted.example");
        String prefix = email ? "" : r.substring(0, r.indexOf("REDACTED-"));
        boolean same = !t.isBlank() && (email ? t.contains("@") : t.startsWith(prefix));
        if (same) {
            out.pass();
        } else {
            out.fail(path, "type", email ? "a redacted email" : "a redacted secret" + (prefix.isEmpty() ? "" : " " + prefix + "…"),
                    describe(twin) + " " + shown(twin));
        }
    }

    private static boolean sameKind(JsonNode a, JsonNode b) {
        return a.getNodeType() == b.getNodeType() || (a.isNumber() && b.isNumber());
    }

    private static boolean isRedacted(String value) {
        return value.contains("REDACTED-") || value.contains("@redacted.example");
    }

    private static String normal(String value) {
        return ORIGIN.matcher(value).replaceAll("{base}");
    }

    /** A copy with every object's fields in name order, so what the report shows does not move between runs. */
    static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode out = dev.dtu.server.http.Json.object();
            java.util.List<String> names = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            names.forEach(f -> out.set(f, sorted(n.get(f))));
            return out;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = dev.dtu.server.http.Json.array();
            n.forEach(x -> out.add(sorted(x)));
            return out;
        }
        return n;
    }

    static String stable(String text) {
        return TWIN_ORIGIN.matcher(text).replaceAll("{twin}");
    }

    private static String describe(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown(n);
    }

    /**
     * A value as the report shows it. The twin's own origin ({@code http://127.0.0.1:port/u/id/okta}) differs on
     * every run, so it is shown as {@code {twin}}: identical runs write identical reports.
     */
    static String shown(JsonNode n) {
        String s = stable(n.isValueNode() ? n.asText() : sorted(n).toString());
        if (n.isTextual()) {
            s = "\"" + s + "\"";
        }
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
