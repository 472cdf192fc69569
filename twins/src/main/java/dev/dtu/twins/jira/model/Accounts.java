package dev.dtu.twins.jira.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Atlassian account ids: 24 hex digits, derived from the person's email so every universe agrees. */
public final class Accounts {
    private Accounts() {}

    public static String accountId(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("atlassian-account:" + email.toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
