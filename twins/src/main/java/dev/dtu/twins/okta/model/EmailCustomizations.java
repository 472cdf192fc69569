package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brand's email templates (Okta's, fixed) and their customizations: one per language, exactly one of them the
 * default ("Defaults to true for the first customization and false thereafter"), each template's recipients setting.
 */
public final class EmailCustomizations {
    public static final Kind<Resource> CUSTOMIZATIONS = Kind.of("okta", "emailCustomizations", Resource.class);
    public static final Kind<Resource> SETTINGS = Kind.of("okta", "emailSettings", Resource.class);
    /** Okta's email templates (developer.okta.com, "Customize email notifications"; the list is the twin's reading of it). */
    public static final List<String> TEMPLATES = List.of("ADForgotPassword", "ADForgotPasswordDenied",
            "ADSelfServiceUnlock", "ADUserActivation", "AuthenticatorEnrolled", "AuthenticatorReset",
            "ChangeEmailConfirmation", "EmailChallenge", "EmailChangeConfirmation", "EmailFactorVerification",
            "ForgotPassword", "ForgotPasswordDenied", "LDAPForgotPassword", "LDAPForgotPasswordDenied",
            "LDAPSelfServiceUnlock", "LDAPUserActivation", "NewSignOnNotification", "OktaVerifyActivation",
            "PasswordChanged", "PasswordResetByAdmin", "PendingEmailChange", "RegistrationActivation",
            "RegistrationEmailVerification", "SelfServiceUnlock", "SelfServiceUnlockOnUnlockedAccount", "UserActivation");
    private static final List<String> RECIPIENTS = List.of("ALL_USERS", "ADMINS_ONLY", "NO_USERS");
    private static final Pattern VARIABLE = Pattern.compile("\\$!?\\{([A-Za-z0-9_.]+)}");

    private final Tx tx;
    private final Instant now;

    public EmailCustomizations(Tx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /** The template's name as Okta spells it, for a brand that exists; otherwise Okta's 404. */
    public static String requireTemplate(State state, String brandId, String templateName) {
        Brands.require(state, brandId);
        if (!TEMPLATES.contains(templateName)) {
            throw OktaErrors.notFound(templateName, "EmailTemplate");
        }
        return templateName;
    }

    public static List<Resource> list(State state, String brandId, String templateName) {
        String parent = parent(brandId, requireTemplate(state, brandId, templateName));
        return state.all(CUSTOMIZATIONS).values().stream().filter(c -> parent.equals(c.parent())).toList();
    }

    public static Resource require(State state, String brandId, String templateName, String id) {
        String parent = parent(brandId, requireTemplate(state, brandId, templateName));
        return state.get(CUSTOMIZATIONS, id).filter(c -> parent.equals(c.parent()))
                .orElseThrow(() -> OktaErrors.notFound(id, "EmailCustomization"));
    }

    /** Okta's own content of a template (the twin's wording: Okta's is not published as data). */
    public static ObjectNode defaultContent(String templateName) {
        String title = templateName.replaceAll("([a-z])([A-Z])", "$1 $2");
        return Json.object().put("subject", "${org.name} - " + title)
                .put("body", "<html><body><p>Hi ${user.profile.firstName},</p><p>" + title + " for ${user.profile.login}."
                        + "</p><p>This is an automatically generated message from Okta.</p></body></html>");
    }

    /** The content with {@code ${...}} references filled from {@code values}; unknown references are left as they are. */
    public static ObjectNode preview(JsonNode content, Map<String, String> values) {
        return Json.object().put("subject", fill(content.path("subject").asText(), values))
                .put("body", fill(content.path("body").asText(), values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    public static ObjectNode settings(State state, String brandId, String templateName) {
        String key = parent(brandId, requireTemplate(state, brandId, templateName));
        return state.get(SETTINGS, key).map(r -> r.body().deepCopy())
                .orElseGet(() -> Json.object().put("recipients", "ALL_USERS"));
    }

    public ObjectNode replaceSettings(String brandId, String templateName, JsonNode body) {
        String key = parent(brandId, requireTemplate(tx.state(), brandId, templateName));
        String recipients = body.path("recipients").asText("");
        if (!RECIPIENTS.contains(recipients)) {
            throw OktaErrors.apiValidationFailed("recipients", List.of("recipients: Does not match required pattern: "
                    + String.join(", ", RECIPIENTS)));
        }
        ObjectNode settings = Json.object().put("recipients", recipients);
        tx.put(SETTINGS, key, new Resource(key, brandId, settings));
        return settings.deepCopy();
    }

    /** createEmailCustomization: a language has one customization (409 E0000183); the first is the default. */
    public Resource create(String brandId, String templateName, JsonNode body) {
        List<Resource> existing = list(tx.state(), brandId, templateName);
        ObjectNode content = content(body);
        String language = content.path("language").asText();
        if (existing.stream().anyMatch(c -> c.text("language").equalsIgnoreCase(language))) {
            throw languageTaken();
        }
        boolean isDefault = existing.isEmpty() || body.path("isDefault").asBoolean(false);
        if (isDefault && !existing.isEmpty()) {
            throw new OktaException(409, "E0000001", "Api validation failed: isDefault",
                    List.of("isDefault: The email template already has a default customization."));
        }
        String id = OktaIds.next(tx, "oel");
        content.put("id", id).put("isDefault", isDefault).put("created", now.toString()).put("lastUpdated", now.toString());
        return tx.put(CUSTOMIZATIONS, id, new Resource(id, parent(brandId, templateName), content));
    }

    /**
     * replaceEmailCustomization: {@code isDefault: true} makes it the default (the previous default no longer is);
     * the default cannot stop being one, since each customized template keeps exactly one.
     */
    public Resource replace(String brandId, String templateName, String id, JsonNode body) {
        Resource current = require(tx.state(), brandId, templateName, id);
        ObjectNode content = content(body);
        String language = content.path("language").asText();
        List<Resource> others = list(tx.state(), brandId, templateName).stream().filter(c -> !c.id().equals(id)).toList();
        if (others.stream().anyMatch(c -> c.text("language").equalsIgnoreCase(language))) {
            throw languageTaken();
        }
        boolean wasDefault = current.body().path("isDefault").asBoolean(false);
        boolean isDefault = body.has("isDefault") ? body.path("isDefault").asBoolean(false) : wasDefault;
        if (wasDefault && !isDefault) {
            throw new OktaException(409, "E0000001", "Api validation failed: isDefault",
                    List.of("isDefault: The default customization cannot be made non-default; make another the default."));
        }
        if (isDefault && !wasDefault) {
            others.stream().filter(c -> c.body().path("isDefault").asBoolean(false)).forEach(c -> tx.put(CUSTOMIZATIONS,
                    c.id(), new Resource(c.id(), c.parent(), c.body().deepCopy().put("isDefault", false)
                            .put("lastUpdated", now.toString()))));
        }
        content.put("id", id).put("isDefault", isDefault).put("created", current.text("created"))
                .put("lastUpdated", now.toString());
        return tx.put(CUSTOMIZATIONS, id, new Resource(id, current.parent(), content));
    }

    /** deleteEmailCustomization: "Could not delete the email customization ... because it is the default" (409). */
    public void delete(String brandId, String templateName, String id) {
        Resource current = require(tx.state(), brandId, templateName, id);
        if (current.body().path("isDefault").asBoolean(false) && list(tx.state(), brandId, templateName).size() > 1) {
            throw new OktaException(409, "E0000001", "Api validation failed: isDefault",
                    List.of("isDefault: The default customization cannot be deleted while others exist."));
        }
        tx.remove(CUSTOMIZATIONS, id);
    }

    public void deleteAll(String brandId, String templateName) {
        list(tx.state(), brandId, templateName).forEach(c -> tx.remove(CUSTOMIZATIONS, c.id()));
    }

    /** A brand's customizations and settings, removed with it. */
    static void removeAll(Tx tx, String brandId) {
        String prefix = brandId + "/";
        tx.all(CUSTOMIZATIONS).values().stream().filter(c -> c.parent().startsWith(prefix)).toList()
                .forEach(c -> tx.remove(CUSTOMIZATIONS, c.id()));
        tx.all(SETTINGS).values().stream().filter(s -> brandId.equals(s.parent())).toList()
                .forEach(s -> tx.remove(SETTINGS, s.id()));
    }

    /** The EmailContent of a customization: language, subject and body are required (EmailCustomization, EmailContent). */
    private static ObjectNode content(JsonNode body) {
        List<String> causes = new ArrayList<>();
        ObjectNode content = Json.object();
        for (String field : List.of("language", "subject", "body")) {
            JsonNode v = body.path(field);
            if (!v.isTextual() || v.asText().isBlank()) {
                causes.add(field + ": The field cannot be left blank");
            } else {
                content.put(field, v.asText());
            }
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
        return content;
    }

    private static OktaException languageTaken() {
        return new OktaException(409, "E0000183", "An email template customization for that language already exists.",
                List.of());
    }

    private static String parent(String brandId, String templateName) {
        return brandId + "/" + templateName;
    }
}
