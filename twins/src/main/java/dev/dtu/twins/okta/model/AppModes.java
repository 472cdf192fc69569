package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Okta requires of an app of each sign-on mode other than OPENID_CONNECT: the app definitions Okta's
 * spec names ({@code x-okta-defined-as}: {@code bookmark}, {@code template_basic_auth}, {@code template_swa},
 * {@code template_swa3field}, {@code template_sps}, {@code template_wsfed}, {@code okta_org2org},
 * {@code office365}) with the {@code settings.app} fields each requires, and the custom apps ({@code AUTO_LOGIN},
 * {@code SAML_2_0}) whose name Okta generates and whose {@code settings.signOn} fields are required.
 */
public final class AppModes {
    /** An app definition: the sign-on modes it allows and its required {@code settings.app} fields. */
    record Definition(Set<String> modes, List<String> required) {}

    static final Map<String, Definition> DEFINITIONS = Map.of(
            "bookmark", new Definition(Set.of("BOOKMARK"), List.of("url")),
            "template_basic_auth", new Definition(Set.of("BASIC_AUTH"), List.of("url", "authURL")),
            "template_swa", new Definition(Set.of("BROWSER_PLUGIN"),
                    List.of("buttonField", "passwordField", "usernameField", "url")),
            // Okta's "Add a three-field SWA app" lists these four as required (loginUrlRegex is optional).
            "template_swa3field", new Definition(Set.of("BROWSER_PLUGIN"),
                    List.of("targetURL", "buttonSelector", "passwordSelector", "userNameSelector")),
            "template_sps", new Definition(Set.of("SECURE_PASSWORD_STORE"), List.of("url", "passwordField", "usernameField")),
            "template_wsfed", new Definition(Set.of("WS_FEDERATION"), List.of("audienceRestriction", "groupValueFormat",
                    "wReplyURL", "nameIDFormat", "authnContextClassRef", "siteURL", "usernameAttribute")),
            // Okta's own Node SDK sends an Org2Org app without settings.app (its SAML model has none of the fields),
            // and Okta's suite creates one: Okta requires none on create.
            "okta_org2org", new Definition(Set.of("SAML_2_0"), List.of()),
            "office365", new Definition(Set.of("BROWSER_PLUGIN", "SAML_1_1"), List.of("domain", "msftTenant")));

    /** Custom apps: Okta generates their name; these {@code settings.signOn} fields are required. */
    static final Map<String, List<String>> CUSTOM = Map.of(
            "AUTO_LOGIN", List.of("loginUrl"),
            "SAML_2_0", List.of("ssoAcsUrl", "audience", "recipient", "destination", "subjectNameIdTemplate",
                    "subjectNameIdFormat", "signatureAlgorithm", "digestAlgorithm", "authnContextClassRef"));

    public static final Set<String> SIGN_ON_MODES = Set.of("BOOKMARK", "BASIC_AUTH", "BROWSER_PLUGIN",
            "SECURE_PASSWORD_STORE", "AUTO_LOGIN", "WS_FEDERATION", "SAML_1_1", "SAML_2_0", Application.OPENID_CONNECT);

    private AppModes() {
    }

    public static boolean saml(String signOnMode) {
        return "SAML_2_0".equals(signOnMode) || "SAML_1_1".equals(signOnMode) || "WS_FEDERATION".equals(signOnMode);
    }

    /** Throws E0000001 naming each field the app lacks; answers the app's name (generated for custom apps). */
    public static String check(String name, String signOnMode, String label, JsonNode settings) {
        List<String> causes = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        if (label == null || label.isBlank()) {
            fields.add("label");
            causes.add("label: The field cannot be left blank");
        }
        if (signOnMode == null || !SIGN_ON_MODES.contains(signOnMode)) {
            throw OktaErrors.apiValidationFailed("signOnMode", List.of("signOnMode: '" + signOnMode
                    + "' is not a valid value. Valid values: " + String.join(", ", new java.util.TreeSet<>(SIGN_ON_MODES))));
        }
        String appName = name;
        if (name == null && CUSTOM.containsKey(signOnMode)) {
            required(settings.path("signOn"), CUSTOM.get(signOnMode), fields, causes);
            appName = generatedName(label);
        } else {
            Definition definition = name == null ? null : DEFINITIONS.get(name);
            if (definition == null) {
                throw OktaErrors.apiValidationFailed("name", List.of("name: " + (name == null
                        ? "The field cannot be left blank" : "No app definition named '" + name + "'")));
            }
            if (!definition.modes().contains(signOnMode)) {
                fields.add("signOnMode");
                causes.add("signOnMode: The app '" + name + "' does not support sign-on mode " + signOnMode);
            }
            required(settings.path("app"), definition.required(), fields, causes);
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(fields.get(0), causes);
        }
        return appName;
    }

    /** Okta's empty strings in {@code settings.signOn} come back as null (e.g. {@code defaultRelayState}). */
    public static void normalise(ObjectNode app) {
        JsonNode signOn = app.path("settings").path("signOn");
        if (signOn instanceof ObjectNode node) {
            List<String> empty = new ArrayList<>();
            node.properties().forEach(e -> {
                if (e.getValue().isTextual() && e.getValue().asText().isEmpty()) {
                    empty.add(e.getKey());
                }
            });
            empty.forEach(node::putNull);
        }
    }

    /**
     * A custom app's name: the org's name, the label's letters and digits in lower case, and a counter, as Okta
     * makes them ({@code dev-12345_examplecustomsamlapp_1}).
     */
    static String generatedName(String label) {
        String slug = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "dtu_" + slug + "_1";
    }

    private static void required(JsonNode section, List<String> names, List<String> fields, List<String> causes) {
        for (String field : names) {
            JsonNode value = section.path(field);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                fields.add(field);
                causes.add(field + ": The field cannot be left blank");
            }
        }
    }
}
