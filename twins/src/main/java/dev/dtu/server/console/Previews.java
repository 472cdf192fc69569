package dev.dtu.server.console;

import dev.dtu.server.http.Response;
import java.util.Base64;
import java.util.Optional;

/**
 * Image previews of files an app uploaded (Slack files, Jira attachments), read from the universe's state where
 * their bytes are base64. Only raster images recognised by their first bytes are shown — never by the name or type
 * the app claimed — so an uploaded SVG or HTML page cannot run as the console's own page.
 */
final class Previews {
    /** Larger files are listed without a preview (the page stays light; the bytes stay in the state). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private Previews() {}

    /** The image type of base64 content, from its first bytes; empty for anything else. */
    static Optional<String> imageType(String base64) {
        if (base64 == null || base64.length() < 16 || base64.length() > MAX_BYTES / 3 * 4 + 4) {
            return Optional.empty();
        }
        try {
            return imageType(Base64.getDecoder().decode(base64.substring(0, 16)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<String> imageType(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** The image itself, under a policy that lets nothing in it run; 404 when the content is not such an image. */
    static Response image(String base64, String what) {
        String type = imageType(base64).orElseThrow(() -> new ConsoleException(404, what + " has no image preview"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ConsoleException(404, what + " has no image preview");
        }
        return new Response(200, type, bytes)
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
