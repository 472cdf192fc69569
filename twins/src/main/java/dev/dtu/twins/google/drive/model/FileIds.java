package dev.dtu.twins.google.drive.model;

import dev.dtu.server.state.Tx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Drive-looking file ids (44 characters of [A-Za-z0-9_-]), deterministic from a counter in the state. */
public final class FileIds {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private FileIds() {}

    public static String next(Tx tx) {
        return "1" + derive("file:" + tx.next("google.file"), 43);
    }

    /** A shared drive's id, which is also the id of its top folder (the shape of a root folder's id). */
    public static String nextDrive(Tx tx) {
        return "0A" + derive("drive:" + tx.next("google.drive"), 17) + "Uk9PVA";
    }

    /** A comment's id (the shape of Drive's, "AAAA" and seven more), from its own counter in the state. */
    public static String nextComment(Tx tx) {
        return "AAAA" + derive("comment:" + tx.next("google.comment"), 7);
    }

    /** A reply's id, the shape of a comment's, from its own counter. */
    public static String nextReply(Tx tx) {
        return "AAAA" + derive("reply:" + tx.next("google.reply"), 7);
    }

    /** A revision's id, from its own counter in the state: opaque, as Drive's are. */
    public static String revision(long seq) {
        return "0B" + derive("revision:" + seq, 49);
    }

    /** The "My Drive" folder of an account. */
    public static String rootOf(String accountId) {
        return "0A" + derive("root:" + accountId, 17) + "Uk9PVA";
    }

    static String derive(String seed, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (int i = 0; out.length() < length; i++) {
                out.append(ALPHABET[(hash[i % hash.length] & 0xff) % 64 ^ (i / hash.length)]);
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
