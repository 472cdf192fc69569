package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.redact.Redactor;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Compares a recorded JSON answer with the twin's, field by field: presence, type, and value unless the
 * vendor's rules call the field volatile. Ids compare through the {@link IdMap}; URLs compare without their
 * origin (the vendor's host, the twin's {@code /u/{id}/{twin}} prefix).
 */
final class StructuralDiff {
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s\"]+(/u/[^/\\s\"]+/(slack|okta|jira|google))?");
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
        for (Iterator<String> it = twin.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!recorded.has(f)) {
                boolean secret = Redactor.isSecretName(f) && twin.get(f).isTextual();
                out.fail(path + "." + f, "only in twin", null, secret ? "(a secret)" : shown(twin.get(f)));
            }
        }
    }

    private void arrays(JsonNode recorded, JsonNode twin, String path, String field, Comparison out) {
        int n = Math.min(recorded.size(), twin.size());
        for (int i = 0; i < n; i++) {
            compare(recorded.get(i), twin.get(i), path + "[" + i + "]", field, out);
        }
        if (recorded.size() != twin.size()) {
            out.fail(path, "length", Integer.toString(recorded.size()), Integer.toString(twin.size()));
        } else {
            out.pass();
        }
    }

    private void values(JsonNode recorded, JsonNode twin, String path, String field, Comparison out) {
        if (recorded.isNumber() && twin.isNumber()) {
            check(recorded.decimalValue().compareTo(twin.decimalValue()) == 0, recorded, twin, path, out);
            return;
        }
        String r = recorded.asText();
        String t = twin.asText();
        if (isRedacted(r)) {
            out.pass();
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

    /** A volatile value may also be absent on one side (a user who never logged in has no lastLogin). */
    private static void sameType(JsonNode recorded, JsonNode twin, String path, Comparison out) {
        if (sameKind(recorded, twin) || recorded.isNull() || twin.isNull()) {
            out.pass();
        } else {
            out.fail(path, "type", describe(recorded), describe(twin));
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

    private static String describe(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown(n);
    }

    static String shown(JsonNode n) {
        String s = n.isValueNode() ? n.asText() : n.toString();
        if (n.isTextual()) {
            s = "\"" + s + "\"";
        }
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
