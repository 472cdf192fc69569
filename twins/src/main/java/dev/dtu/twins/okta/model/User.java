package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import dev.dtu.server.resource.filter.FilterTarget;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Okta user. {@code profile} holds the profile attributes as JSON values (strings, numbers, booleans,
 * lists); {@code passwordHash} is set when the user has an Okta password (see {@link Passwords}).
 */
public record User(String id, UserStatus status, Instant created, Instant activated, Instant statusChanged,
        Instant lastLogin, Instant lastUpdated, Instant passwordChanged, Map<String, Object> profile,
        String passwordHash, String recoveryQuestion, AuthenticationProviderType provider) implements Confidential {

    public User {
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile == null ? Map.of() : profile));
        provider = provider == null ? AuthenticationProviderType.OKTA : provider;
    }

    /** The state dump shows that the user has a password, not its hash. */
    @Override
    public Object shown() {
        return passwordHash == null ? this : new User(id, status, created, activated, statusChanged, lastLogin,
                lastUpdated, passwordChanged, profile, "[okta:password]", recoveryQuestion, provider);
    }

    public String login() {
        return String.valueOf(profile.get("login"));
    }

    public String displayName() {
        return (text("firstName") + " " + text("lastName")).trim();
    }

    public String text(String attribute) {
        Object value = profile.get(attribute);
        return value == null ? "" : value.toString();
    }

    public UserCredentials credentials() {
        return new UserCredentials(passwordHash != null, recoveryQuestion != null, provider);
    }

    /** The attributes {@code filter} and {@code search} expressions see. */
    public FilterTarget target() {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("id", id);
        top.put("status", status);
        top.put("created", created);
        top.put("activated", activated);
        top.put("statusChanged", statusChanged);
        top.put("lastLogin", lastLogin);
        top.put("lastUpdated", lastUpdated);
        top.put("passwordChanged", passwordChanged);
        top.put("profile", profile);
        return FilterTarget.ofTree(top);
    }

    public User withStatus(UserStatus newStatus, Instant now) {
        Instant changed = newStatus == status ? statusChanged : now;
        return new User(id, newStatus, created, activated, changed, lastLogin, now, passwordChanged, profile,
                passwordHash, recoveryQuestion, provider);
    }

    public User activatedAt(Instant now) {
        return new User(id, status, created, now, statusChanged, lastLogin, lastUpdated, passwordChanged, profile,
                passwordHash, recoveryQuestion, provider);
    }

    public User withProfile(Map<String, Object> newProfile, Instant now) {
        return new User(id, status, created, activated, statusChanged, lastLogin, now, passwordChanged, newProfile,
                passwordHash, recoveryQuestion, provider);
    }

    public User withPassword(String hash, Instant now) {
        return new User(id, status, created, activated, statusChanged, lastLogin, now, hash == null ? null : now,
                profile, hash, recoveryQuestion, provider);
    }

    public User withRecoveryQuestion(String question, Instant now) {
        return new User(id, status, created, activated, statusChanged, lastLogin, now, passwordChanged, profile,
                passwordHash, question, provider);
    }

    public User loggedIn(Instant now) {
        return new User(id, status, created, activated, statusChanged, now, lastUpdated, passwordChanged, profile,
                passwordHash, recoveryQuestion, provider);
    }
}
