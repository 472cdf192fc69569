package dev.dtu.twins.okta.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The factor types the twin enrolls, in Okta's words ({@code factorType}), with the providers Okta accepts for
 * each and the id prefix Okta's factor ids of that type carry. SMS, call and email send a one-time passcode
 * (the twin delivers it to its outbox, readable through the admin API); TOTP is checked against the shared
 * secret; push waits for the person (the admin API answers as them); a question compares the answer.
 */
public enum FactorType {
    QUESTION("question", "ufs", List.of("OKTA")),
    SMS("sms", "mbl", List.of("OKTA")),
    CALL("call", "clf", List.of("OKTA")),
    EMAIL("email", "emf", List.of("OKTA")),
    TOTP("token:software:totp", "ost", List.of("OKTA", "GOOGLE")),
    PUSH("push", "opf", List.of("OKTA"));

    /** Every provider value Okta's API knows; any other is "Invalid Provider.". */
    static final List<String> PROVIDERS = List.of("OKTA", "GOOGLE", "RSA", "SYMANTEC", "YUBICO", "DUO", "FIDO",
            "CUSTOM");

    private final String value;
    private final String idPrefix;
    private final List<String> providers;

    FactorType(String value, String idPrefix, List<String> providers) {
        this.value = value;
        this.idPrefix = idPrefix;
        this.providers = providers;
    }

    public String value() {
        return value;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public List<String> providers() {
        return providers;
    }

    /** A passcode is sent to the person (SMS, voice call, email). */
    public boolean sendsCode() {
        return this == SMS || this == CALL || this == EMAIL;
    }

    public static Optional<FactorType> of(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }
}
