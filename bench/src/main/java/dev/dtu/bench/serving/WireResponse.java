package dev.dtu.bench.serving;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 response (Content-Length or chunked) parsed from the bytes a keep-alive connection has received
 * so far: {@link #parse} answers null until the whole response is there.
 *
 * @param length how many of the received bytes the response used
 */
record WireResponse(int status, byte[] body, boolean close, int length) {

    static WireResponse parse(byte[] in, int available) {
        int headEnd = indexOf(in, available, 0, "\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        String head = new String(in, 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        int bodyStart = headEnd + 4;
        if (chunked) {
            return chunks(in, available, bodyStart, status, close);
        }
        if (contentLength < 0) {
            throw new IllegalStateException("a keep-alive response without Content-Length or chunked encoding");
        }
        if (available < bodyStart + contentLength) {
            return null;
        }
        byte[] body = java.util.Arrays.copyOfRange(in, bodyStart, bodyStart + (int) contentLength);
        return new WireResponse(status, body, close, bodyStart + (int) contentLength);
    }

    private static WireResponse chunks(byte[] in, int available, int from, int status, boolean close) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOf(in, available, at, "\r\n");
            if (lineEnd < 0) {
                return null;
            }
            String size = new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            at = lineEnd + 2;
            if (n == 0) {
                int end = indexOf(in, available, at - 2, "\r\n\r\n");
                return end < 0 ? null : new WireResponse(status, body.toByteArray(), close, end + 4);
            }
            if (available < at + n + 2) {
                return null;
            }
            body.write(in, at, n);
            at += n + 2;
        }
    }

    private static int indexOf(byte[] in, int available, int from, String pattern) {
        byte[] p = pattern.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= available - p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (in[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A 2xx, and for Slack's {@code {"ok":…}} bodies one that says ok. */
    boolean succeeded() {
        boolean slackShaped = new String(body, 0, Math.min(body.length, 8), StandardCharsets.US_ASCII).replace(" ", "")
                .startsWith("{\"ok\"");
        return slackShaped ? slackOk() : status / 100 == 2;
    }

    boolean slackOk() {
        return status == 200 && new String(body, 0, Math.min(body.length, 16), StandardCharsets.US_ASCII)
                .replace(" ", "").startsWith("{\"ok\":true");
    }
}
