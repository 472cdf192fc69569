package dev.dtu.twins.google.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A person of the universe as a Google account: their email is the account, their id names the token. */
public record GoogleAccount(String id, String email, String displayName, boolean active) {

    /** The credential name of this account's access token ("person:ada"). */
    public String credentialName() {
        return "person:" + id;
    }

    /** Drive's permissionId of a user: numeric and stable for the account, the same on every file. */
    public String permissionId() {
        return numericId(email);
    }

    /** A stable 20-digit id derived from text (Drive's user and domain permission ids are numeric). */
    public static String numericId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            String digits = new BigInteger(1, hash).toString();
            return digits.substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
