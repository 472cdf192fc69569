package dev.dtu.twins.okta.model;

/** Okta's {@code UserNextLogin} (the {@code nextLogin} query parameter of create user). */
public enum UserNextLogin {
    CHANGE_PASSWORD("changePassword");

    private final String value;

    UserNextLogin(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
