package dev.dtu.twins.okta.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Okta's default password policy and the twin's password storage: PBKDF2-HMAC-SHA256 with a random salt per
 * password, stored as {@code pbkdf2-sha256$iterations$salt$hash} (passwords never leave the twin, and the
 * state and data directory hold no fast hash of them). The policy's wording is Okta's E0000001 cause for the
 * default policy.
 */
public final class Passwords {
    static final String REQUIREMENTS = "password: Password requirements were not met. Password requirements: at least "
            + "8 characters, a lowercase letter, an uppercase letter, a number, no parts of your username. Your "
            + "password cannot be any of your last 4 passwords.";
    /** NIST SP 800-63B's floor for PBKDF2: slow enough to stop a dictionary, fast enough to seed many users. */
    static final int ITERATIONS = 10_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A new salted hash of the password. */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    public static boolean matches(User user, String password) {
        return user.passwordHash() != null && password != null && matches(user.passwordHash(), password);
    }

    static boolean matches(String stored, String password) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return MessageDigest.isEqual(b64.decode(parts[3]),
                derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1])));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
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
