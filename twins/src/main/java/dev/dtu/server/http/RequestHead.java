package dev.dtu.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 request head (request line and headers) made acceptable to Undertow's parser before it sees it.
 * Undertow answers a malformed %-escape, a space or control character in the URL, or a control character (NUL)
 * in a header with a bare 400 and a closed connection before any handler runs (no option turns that off). Here the
 * offending bytes are escaped (URL) or dropped (headers) and the head is marked with {@link #MARKER}, so the server
 * answers the request in the addressed vendor's envelope on a connection that stays open.
 */
public final class RequestHead {
    /** Added to a head that needed mending; its value says what was wrong ("url" or "header"). */
    public static final String MARKER = "x-dtu-malformed";
    private static final int DROPPED_CONTROL = 1;
    private static final int DROPPED_MARKER = 2;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private RequestHead() {}

    /** The head as Undertow will accept it; the same bytes when nothing was wrong. */
    public static byte[] mend(byte[] head) {
        if (!suspicious(head)) {
            return head;
        }
        int lineEnd = indexOf(head, (byte) '\n', 0);
        if (lineEnd < 0) {
            return head;
        }
        int contentEnd = lineEnd > 0 && head[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        byte[] line = mendRequestLine(head, contentEnd);
        boolean badUrl = line != null;
        ByteArrayOutputStream headers = new ByteArrayOutputStream(head.length);
        int mended = mendHeaders(head, lineEnd + 1, headers);
        boolean badHeader = (mended & DROPPED_CONTROL) != 0;
        if (!badUrl && mended == 0) {
            return head;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 64);
        out.write(badUrl ? line : head, 0, badUrl ? line.length : contentEnd);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        if (badUrl || badHeader) {
            out.writeBytes((MARKER + ": " + (badUrl ? "url" : "header") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(headers.toByteArray());
        return out.toByteArray();
    }

    /**
     * One pass that clears almost every head: no control character but line breaks and tabs, at most two spaces
     * in the request line, every {@code %} before two hex digits, and no {@code x-dtu-} header.
     */
    private static boolean suspicious(byte[] head) {
        boolean requestLine = true;
        int spaces = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == '\n') {
                requestLine = false;
                if (i + 6 < head.length && (head[i + 1] | 0x20) == 'x' && head[i + 2] == '-'
                        && (head[i + 3] | 0x20) == 'd' && (head[i + 4] | 0x20) == 't' && (head[i + 5] | 0x20) == 'u') {
                    return true;
                }
            } else if (b < 0x20 && requestLine && !(b == '\r' && i + 1 < head.length && head[i + 1] == '\n')) {
                return true;
            } else if ((b < 0x20 && b != '\r' && b != '\t') || b == 0x7f) {
                return true;
            } else if (requestLine && (b == ' ' && ++spaces > 2
                    || b == '%' && !(i + 2 < head.length && hex(head[i + 1]) && hex(head[i + 2])))) {
                return true;
            }
        }
        return false;
    }

    /** The request line with its target escaped, or null when it needs nothing. */
    private static byte[] mendRequestLine(byte[] head, int end) {
        int firstSpace = indexOf(head, (byte) ' ', 0, end);
        int lastSpace = lastIndexOf(head, (byte) ' ', end);
        if (firstSpace < 0 || lastSpace <= firstSpace || !startsWith(head, lastSpace + 1, "HTTP/")) {
            return null;
        }
        ByteArrayOutputStream target = new ByteArrayOutputStream(end);
        boolean changed = false;
        for (int i = firstSpace + 1; i < lastSpace; i++) {
            int b = head[i] & 0xff;
            boolean badEscape = b == '%' && !(i + 2 < lastSpace && hex(head[i + 1]) && hex(head[i + 2]));
            if (badEscape || b <= 0x20 || b == 0x7f) {
                target.write('%');
                target.write(HEX[b >> 4]);
                target.write(HEX[b & 0xf]);
                changed = true;
            } else {
                target.write(b);
            }
        }
        if (!changed) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(end + 16);
        line.write(head, 0, firstSpace + 1);
        line.writeBytes(target.toByteArray());
        line.write(head, lastSpace, end - lastSpace);
        return line.toByteArray();
    }

    /** Copies the header lines from {@code start}, dropping control characters and any marker a client sent. */
    private static int mendHeaders(byte[] head, int start, ByteArrayOutputStream out) {
        int changed = 0;
        int i = start;
        while (i < head.length) {
            int nl = indexOf(head, (byte) '\n', i);
            int end = nl < 0 ? head.length : nl + 1;
            if (isMarker(head, i, end)) {
                changed |= DROPPED_MARKER;
                i = end;
                continue;
            }
            for (int j = i; j < end; j++) {
                int b = head[j] & 0xff;
                boolean lineBreak = b == '\n' || (b == '\r' && j + 1 < end && head[j + 1] == '\n');
                if ((b < 0x20 && b != '\t' && !lineBreak) || b == 0x7f) {
                    changed |= DROPPED_CONTROL;
                } else {
                    out.write(b);
                }
            }
            i = end;
        }
        return changed;
    }

    private static boolean isMarker(byte[] head, int from, int to) {
        int colon = indexOf(head, (byte) ':', from, to);
        return colon > from && colon < to && new String(head, from, colon - from, StandardCharsets.ISO_8859_1)
                .trim().toLowerCase(Locale.ROOT).equals(MARKER);
    }

    private static boolean hex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static boolean startsWith(byte[] a, int at, String prefix) {
        if (at + prefix.length() > a.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (a[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        return indexOf(a, b, from, a.length);
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, byte b, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
