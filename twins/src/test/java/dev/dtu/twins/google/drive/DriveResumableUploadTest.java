package dev.dtu.twins.google.drive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.media.MediaHttpUploader;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Resumable uploads in chunks (Content-Range, 308 with Range) through the Java client and raw HTTP. */
class DriveResumableUploadTest {
    static final GoogleWorld world = GoogleWorld.create();

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] download(Drive drive, String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        drive.files().get(id).executeMediaAndDownloadTo(out);
        return out.toByteArray();
    }

    @Test
    void theJavaClientUploadsInChunksOfAQuarterMebibyte() throws Exception {
        Drive ada = world.drive("ada");
        byte[] content = random(MediaHttpUploader.MINIMUM_CHUNK_SIZE * 2 + 1234, 7);
        Drive.Files.Create create = ada.files().create(new File().setName("big.bin"),
                new ByteArrayContent("application/octet-stream", content));
        create.getMediaHttpUploader().setDirectUploadEnabled(false).setChunkSize(MediaHttpUploader.MINIMUM_CHUNK_SIZE);
        File made = create.setFields("id,size").execute();
        assertEquals(content.length, made.getSize());
        assertArrayEquals(content, download(ada, made.getId()));
    }

    private static String session() {
        Http.Reply start = Http.send("POST", world.universeUrl + "upload/drive/v3/files?uploadType=resumable",
                "{\"name\":\"chunks.bin\"}", "Content-Type", "application/json", "Authorization", bearer());
        Assertions.assertEquals(200, start.status(), start.body());
        return start.header("Location");
    }

    private static Http.Reply put(String url, byte[] body, String... headers) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bearer() {
        return "Bearer " + world.tokens.get("ada");
    }

    /** Any size, cut anywhere, with status queries between chunks: the file holds exactly the bytes sent. */
    @Property(tries = 25)
    void randomChunkingsStoreExactlyTheBytesSent(@ForAll @IntRange(min = 0, max = 3000) int size,
                                                 @ForAll @IntRange(min = 1, max = 6) int cuts,
                                                 @ForAll long seed) throws Exception {
        byte[] content = random(size, seed);
        Random r = new Random(seed);
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i < cuts && size > 0; i++) {
            bounds.add(r.nextInt(size));
        }
        bounds.add(size);
        int[] ends = bounds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        String url = session();
        int from = 0;
        Http.Reply last = null;
        for (int end : ends) {
            if (end == from && end != size) {
                continue;
            }
            boolean final_ = end == size;
            String range = end == from ? "bytes */" + size
                    : "bytes " + from + "-" + (end - 1) + "/" + (final_ ? Integer.toString(size) : "*");
            last = put(url, Arrays.copyOfRange(content, from, end), "Content-Range", range,
                    "Authorization", bearer());
            if (!final_) {
                assertEquals(308, last.status(), last.body());
                assertEquals("bytes=0-" + (end - 1), last.header("Range"));
                Http.Reply status = put(url, new byte[0], "Content-Range", "bytes */*",
                        "Authorization", bearer());
                assertEquals(308, status.status(), "a status query, the size not yet known: " + status.body());
                assertEquals("bytes=0-" + (end - 1), status.header("Range"));
            }
            from = end;
        }
        assertEquals(200, last.status(), last.body());
        assertArrayEquals(content, download(world.drive("ada"), last.json().path("id").asText()));
    }

    @Test
    void aChunkThatSkipsBytesIsRefusedAndTheSessionKeepsWhatItHad() throws Exception {
        String url = session();
        byte[] content = random(100, 3);
        assertEquals(308, put(url, Arrays.copyOfRange(content, 0, 40), "Content-Range",
                "bytes 0-39/*", "Authorization", bearer()).status());
        Http.Reply gap = put(url, Arrays.copyOfRange(content, 50, 100), "Content-Range",
                "bytes 50-99/100", "Authorization", bearer());
        assertEquals(400, gap.status());
        assertEquals(400, put(url, new byte[0], "Content-Range", "bytes 9-2/*", "Authorization", bearer()).status());
        assertEquals("INVALID_ARGUMENT", gap.json().path("error").path("status").asText());
        Http.Reply query = put(url, new byte[0], "Content-Range", "bytes */100",
                "Authorization", bearer());
        assertEquals(308, query.status());
        assertEquals("bytes=0-39", query.header("Range"));
        Http.Reply done = put(url, Arrays.copyOfRange(content, 40, 100), "Content-Range",
                "bytes 40-99/100", "Authorization", bearer());
        assertEquals(200, done.status(), done.body());
        assertArrayEquals(content, download(world.drive("ada"), done.json().path("id").asText()));
    }
}
