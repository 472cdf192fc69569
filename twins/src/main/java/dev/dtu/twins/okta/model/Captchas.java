package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * CAPTCHA instances and the org's CAPTCHA settings
 * (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CAPTCHA/). "Currently, an org can only
 * configure a single CAPTCHA instance"; one the org settings still name cannot be deleted. The error codes of those
 * two refusals are the twin's guess (E0000001): the docs name none.
 */
public final class Captchas {
    public static final Kind<Captcha> INSTANCES = Kind.of("okta", "captchas", Captcha.class);
    private static final List<String> TYPES = List.of("HCAPTCHA", "RECAPTCHA_V2");
    private static final List<String> PAGES = List.of("SSR", "SSPR", "SIGN_IN");
    private static final String SETTINGS = "captcha";

    /** A CAPTCHA instance; {@code secretKey} is write-only. */
    public record Captcha(String id, String name, String type, String siteKey, String secretKey) {
    }

    private Captchas() {
    }

    public static List<Captcha> all(State state) {
        return new ArrayList<>(state.all(INSTANCES).values());
    }

    public static Captcha require(State state, String id) {
        return state.get(INSTANCES, id).orElseThrow(() -> OktaErrors.notFound(id, "CAPTCHAInstance"));
    }

    public static Captcha create(Tx tx, JsonNode body) {
        if (!tx.all(INSTANCES).isEmpty()) {
            throw invalid("captcha", "Only one CAPTCHA instance can be configured in an org");
        }
        Captcha made = checked(OktaIds.next(tx, "cap"), body, null);
        return tx.put(INSTANCES, made.id(), made);
    }

    /** Replace ({@code previous} ignored) or partial update (fields the body leaves out are kept). */
    public static Captcha change(Tx tx, String id, JsonNode body, boolean replace) {
        Captcha was = require(tx.state(), id);
        Captcha now = checked(id, body, replace ? null : was);
        return tx.put(INSTANCES, id, now);
    }

    public static void delete(Tx tx, String id) {
        require(tx.state(), id);
        if (id.equals(settings(tx.state()).path("captchaId").asText(null))) {
            throw invalid("captchaId", "The CAPTCHA instance is used by the org's CAPTCHA settings; remove it there first");
        }
        tx.remove(INSTANCES, id);
    }

    private static Captcha checked(String id, JsonNode body, Captcha previous) {
        String name = field(body, "name", previous == null ? null : previous.name());
        String type = field(body, "type", previous == null ? null : previous.type());
        String siteKey = field(body, "siteKey", previous == null ? null : previous.siteKey());
        String secretKey = field(body, "secretKey", previous == null ? null : previous.secretKey());
        List<String> causes = new ArrayList<>();
        for (String[] f : new String[][] {{"name", name}, {"type", type}, {"siteKey", siteKey}, {"secretKey", secretKey}}) {
            if (f[1] == null || f[1].isBlank()) {
                causes.add(f[0] + ": The field cannot be left blank");
            }
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            causes.add("type: Does not match required enum values " + TYPES);
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed("captcha", causes);
        }
        return new Captcha(id, name, type, siteKey, secretKey);
    }

    private static String field(JsonNode body, String name, String previous) {
        JsonNode v = body.path(name);
        if (v.isMissingNode()) {
            return previous;
        }
        if (!v.isNull() && !v.isTextual()) {
            throw invalid(name, "The field must be a string");
        }
        return v.isNull() ? null : v.asText();
    }

    /** The org's CAPTCHA settings: {@code captchaId} and {@code enabledPages}, both empty until set. */
    public static ObjectNode settings(State state) {
        ObjectNode s = OrgSettings.section(state, SETTINGS);
        if (!s.has("captchaId")) {
            s.putNull("captchaId");
        }
        if (!s.has("enabledPages")) {
            s.putArray("enabledPages");
        }
        return s;
    }

    public static ObjectNode replaceSettings(Tx tx, JsonNode body, java.time.Instant now) {
        JsonNode captchaId = body.path("captchaId");
        ObjectNode next = Json.object();
        if (captchaId.isTextual()) {
            require(tx.state(), captchaId.asText());
            next.put("captchaId", captchaId.asText());
        } else if (!captchaId.isMissingNode() && !captchaId.isNull()) {
            throw invalid("captchaId", "The field must be a string");
        } else {
            next.putNull("captchaId");
        }
        JsonNode pages = body.path("enabledPages");
        var out = next.putArray("enabledPages");
        if (pages.isArray()) {
            for (JsonNode p : pages) {
                if (!PAGES.contains(p.asText())) {
                    throw invalid("enabledPages", "Does not match required enum values " + PAGES);
                }
                out.add(p.asText());
            }
        } else if (!pages.isMissingNode() && !pages.isNull()) {
            throw invalid("enabledPages", "The field must be an array");
        }
        return new OrgSettings(tx, now).put(SETTINGS, next);
    }

    public static void deleteSettings(Tx tx, java.time.Instant now) {
        new OrgSettings(tx, now).put(SETTINGS, Json.object());
    }

    private static OktaException invalid(String field, String cause) {
        return OktaErrors.apiValidationFailed(field, List.of(field + ": " + cause));
    }
}
