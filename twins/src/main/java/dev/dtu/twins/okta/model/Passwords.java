package dev.dtu.twins.okta.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Okta's default password policy and the twin's password storage (a salted SHA-256; passwords never leave
 * the twin). The policy's wording is Okta's E0000001 cause for the default policy.
 */
public final class Passwords {
    static final String REQUIREMENTS = "password: Password requirements were not met. Password requirements: at least "
            + "8 characters, a lowercase letter, an uppercase letter, a number, no parts of your username. Your "
            + "password cannot be any of your last 4 passwords.";

    private Passwords() {
    }

    public static String hash(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(User user, String password) {
        return user.passwordHash() != null && password != null
                && MessageDigest.isEqual(user.passwordHash().getBytes(StandardCharsets.UTF_8),
                        hash(user.id(), password).getBytes(StandardCharsets.UTF_8));
    }

    /** Throws E0000001 unless the password meets the default policy for this login. */
    public static void checkPolicy(String login, String password) {
        if (!meetsPolicy(login, password)) {
            throw OktaErrors.apiValidationFailed("password", List.of(REQUIREMENTS));
        }
    }

    static boolean meetsPolicy(String login, String password) {
        if (password == null || password.length() < 8) {
            return false;
        }
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        return lower && upper && digit && !containsUsernamePart(login, password);
    }

    private static boolean containsUsernamePart(String login, String password) {
        if (login == null) {
            return false;
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        String local = login.contains("@") ? login.substring(0, login.indexOf('@')) : login;
        for (String part : local.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (part.length() >= 3 && lowered.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
