package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.NotesTwin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user can get wrong at start-up is one line naming the cause, never a stack trace. */
class StartupErrorsTest {
    @TempDir
    Path tmp;

    private static DtuServer server(ServerConfig config) {
        return new DtuServer(config, List.of(new NotesTwin()));
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void aPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StartupException e = assertThrows(StartupException.class,
                    () -> server(ServerConfig.inMemory("127.0.0.1", taken.getLocalPort())).start());
            assertEquals("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": address already in use", e.getMessage());
        }
    }

    @Test
    void aBadPortIsNamed() {
        StartupException e = assertThrows(StartupException.class, () -> server(ServerConfig.inMemory("127.0.0.1", 70000)).start());
        assertEquals("bad port 70000: expected 0 to 65535 (0 picks a free one)", e.getMessage());
    }

    @Test
    void aDataDirThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        StartupException e = assertThrows(StartupException.class,
                () -> server(ServerConfig.inMemory("127.0.0.1", 0).withDataDir(file)));
        assertEquals("cannot use the data directory " + file + ": " + file + " is a file, not a directory", e.getMessage());
        StartupException below = assertThrows(StartupException.class,
                () -> server(ServerConfig.inMemory("127.0.0.1", 0).withDataDir(file.resolve("state"))));
        assertTrue(below.getMessage().startsWith("cannot use the data directory " + file.resolve("state") + ": not a directory"),
                below.getMessage());
        assertOneLine(below.getMessage());
    }

    @Test
    void aCorruptDataDirIsNamed() throws IOException {
        Files.write(tmp.resolve("dtu.mv.db"), "this is not an H2 database, just some text that is long enough".repeat(200).getBytes());
        StartupException e = assertThrows(StartupException.class,
                () -> server(ServerConfig.inMemory("127.0.0.1", 0).withDataDir(tmp)));
        assertEquals("cannot open the data directory " + tmp + ": dtu.mv.db is corrupt or not a DTU database", e.getMessage());
    }
}
