package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequestHeadTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aWellFormedHeadIsLeftAsItIs() {
        byte[] head = bytes("GET /u/x/slack/api/chat.postMessage?a=%20b HTTP/1.1\r\nHost: x\r\nX-A: caf\u00e9\r\n\r\n");
        assertArrayEquals(head, RequestHead.mend(head));
    }

    @Test
    void aBadEscapeASpaceAndControlCharactersInTheUrlAreEscapedAndMarked() {
        String mended = text(RequestHead.mend(bytes("GET /a%zz/b c\u0001%4 HTTP/1.1\r\nHost: x\r\n\r\n")));
        assertEquals("GET /a%25zz/b%20c%01%254 HTTP/1.1\r\nx-dtu-malformed: url\r\nHost: x\r\n\r\n", mended);
    }

    @Test
    void controlCharactersInHeadersAreDroppedAndMarked() {
        String mended = text(RequestHead.mend(bytes("POST /x HTTP/1.1\r\nX-A: a\u0000b\r\nHost: x\r\n\r\n")));
        assertEquals("POST /x HTTP/1.1\r\nx-dtu-malformed: header\r\nX-A: ab\r\nHost: x\r\n\r\n", mended);
    }

    @Test
    void aMarkerSentByAClientIsDropped() {
        String mended = text(RequestHead.mend(bytes("GET /x HTTP/1.1\r\nX-Dtu-Malformed: url\r\nHost: x\r\n\r\n")));
        assertEquals("GET /x HTTP/1.1\r\nHost: x\r\n\r\n", mended);
    }

    @Property(tries = 300)
    void whateverTheBytesTheMendedHeadIsOneUndertowParses(@ForAll("targets") String target, @ForAll("values") String value) {
        byte[] head = bytes("GET /" + target + " HTTP/1.1\r\nHost: x\r\nX-V: " + value + "\r\n\r\n");
        String mended = text(RequestHead.mend(head));
        String line = mended.substring(0, mended.indexOf("\r\n"));
        String url = line.substring(4, line.length() - " HTTP/1.1".length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            assertTrue(c > 0x20 && c != 0x7f, "no space or control in " + url);
            if (c == '%') {
                assertTrue(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)), url);
            }
        }
        String headers = mended.substring(line.length() + 2, mended.length() - 4);
        assertTrue(headers.chars().noneMatch(c -> (c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7f), headers);
        assertTrue(mended.endsWith("\r\n\r\n"));
        boolean clean = mended.equals(text(head));
        assertEquals(!clean, mended.contains("x-dtu-malformed: "), mended);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.strings().withChars("ab/%?=&f0 \u0000\u0001\u007f\u00e9").ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("ab %:\u0000\u0001\t\u007f\u00e9").ofMaxLength(20);
    }
}
