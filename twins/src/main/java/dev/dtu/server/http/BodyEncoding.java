package dev.dtu.server.http;

import dev.dtu.server.twin.VendorErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Request bodies sent with {@code Content-Encoding: gzip} (Google's clients gzip theirs), decompressed under the
 * same size limit as plain bodies: a small body that inflates past it is refused as soon as it does, never
 * inflated whole.
 */
public final class BodyEncoding {
    private BodyEncoding() {}

    /** The decompressed body, or the vendor's answer when it was too large or not gzip at all. */
    public record Decoded(byte[] body, Function<VendorErrors, Response> answer) {}

    public static boolean isGzip(Map<String, List<String>> headers) {
        List<String> encoding = headers.get("content-encoding");
        return encoding != null && !encoding.isEmpty() && encoding.get(0).trim().equalsIgnoreCase("gzip");
    }

    public static String tooLarge(long limit) {
        return "Request payload size exceeds the limit: " + limit + " bytes.";
    }

    public static Decoded gunzip(byte[] body, long limit) {
        if (body.length == 0) {
            return new Decoded(body, null);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (out.length > limit) {
                return new Decoded(null, errors -> errors.error(413, tooLarge(limit)));
            }
            return new Decoded(out, null);
        } catch (IOException e) {
            return new Decoded(null, errors -> errors.error(400, "The request body is not valid gzip."));
        }
    }
}
