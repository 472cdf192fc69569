package dev.dtu.server.twin;

import java.security.SecureRandom;
import java.util.function.Function;

/**
 * A secret a twin needs minted for each universe: a name the twin's state refers to ("bot", "person:ada")
 * and how the vendor's secret looks. Secrets are random, so a secret always names exactly one universe — except
 * {@link #keyMaterial key material}, which no client presents.
 */
public record CredentialSpec(String name, Function<SecureRandom, String> mint, boolean keyMaterial) {
    public CredentialSpec(String name, Function<SecureRandom, String> mint) {
        this(name, mint, false);
    }

    /**
     * Kept with the universe's secrets (stored, exported, redacted like them) but never presented by a client, so it
     * names no universe and may be the same in many: what a costly secret is made from (a service-account key's RSA
     * pair), while the secrets that do name the universe (the key's id) are minted for each.
     */
    public static CredentialSpec keyMaterial(String name, Function<SecureRandom, String> mint) {
        return new CredentialSpec(name, mint, true);
    }

    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static String alnum(SecureRandom random, int length) {
        return pick(random, ALNUM, length);
    }

    public static String hex(SecureRandom random, int length) {
        return pick(random, HEX, length);
    }

    public static String digits(SecureRandom random, int length) {
        return pick(random, "0123456789".toCharArray(), length);
    }

    private static String pick(SecureRandom random, char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
