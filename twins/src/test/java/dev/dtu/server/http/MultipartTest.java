package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MultipartTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void partsComeWithTheirHeadersAndBytes() {
        String body = "--xyz\r\nContent-Type: application/json\r\n\r\n{\"name\":\"a\"}\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "line one\r\nline two\r\n--xyz--\r\n";
        List<Multipart.Part> parts = Multipart.parse("multipart/related; boundary=\"xyz\"", bytes(body));
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).contentType());
        assertEquals("{\"name\":\"a\"}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertTrue(parts.get(1).isFile());
        assertArrayEquals(bytes("line one\r\nline two"), parts.get(1).body());
    }

    @Test
    void aBoundaryLongerThanRfc2046AllowsIsRefusedBeforeParsing() {
        String boundary = "a".repeat(5_000);
        byte[] body = new byte[1 << 20];
        java.util.Arrays.fill(body, (byte) 'a');
        assertThrows(Multipart.MalformedMultipartException.class,
                () -> Multipart.parse("multipart/form-data; boundary=" + boundary, body));
    }

    @Test
    void aBodyWithoutItsClosingBoundaryIsMalformed() {
        assertThrows(Multipart.MalformedMultipartException.class,
                () -> Multipart.parse("multipart/form-data; boundary=b", bytes("--b\r\n\r\nabc")));
    }

    /** Bodies made of near-misses of the boundary (the quadratic search's worst case) parse or are refused. */
    @Property(tries = 30)
    void nearMissesOfTheBoundaryNeverBreakTheParser(@ForAll @IntRange(min = 1, max = 70) int length,
                                                    @ForAll @IntRange(min = 0, max = 20_000) int size) {
        String boundary = "a".repeat(length);
        String filler = ("--" + "a".repeat(Math.max(0, length - 1)) + "b").repeat(1 + size / (length + 3));
        byte[] body = bytes("--" + boundary + "\r\n\r\n" + filler + "\r\n--" + boundary + "--\r\n");
        List<Multipart.Part> parts = Multipart.parse("multipart/form-data; boundary=" + boundary, body);
        assertEquals(1, parts.size());
        assertEquals(filler.length(), parts.get(0).body().length);
    }
}
