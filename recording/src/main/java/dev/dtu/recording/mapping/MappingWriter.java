package dev.dtu.recording.mapping;

import dev.dtu.recording.RecordingException;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes mappings and body files into a recordings folder. Each file appears whole or not at all: it is
 * written beside its final name and then moved into place.
 */
public final class MappingWriter {
    private final Path dir;

    public MappingWriter(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes a new mapping file; never replaces one (another recorder writing into the same folder may have
     * taken the name), which is an error instead.
     */
    public void write(String fileName, StubMapping mapping) {
        try {
            Path mappings = Files.createDirectories(dir.resolve(RecordingFolder.MAPPINGS));
            Path tmp = Files.createTempFile(mappings, ".writing-", ".tmp");
            try {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), mapping);
                placeNew(tmp, mappings.resolve(fileName));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new RecordingException("cannot write recording " + fileName + " in " + dir + ": another recording has that name", e);
        } catch (IOException e) {
            throw new RecordingException("cannot write recording " + fileName + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Moves a finished body file under {@code __files}; returns its name there. */
    public String keepBody(Path body, String fileName) {
        try {
            Path files = Files.createDirectories(dir.resolve(RecordingFolder.FILES));
            Path tmp = files.resolve(".writing-" + fileName);
            Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(tmp, files.resolve(fileName));
            return fileName;
        } catch (IOException e) {
            throw new RecordingException("cannot keep body " + fileName + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A hard link appears whole and fails when the name is taken; where links are not supported, a plain move. */
    private static void placeNew(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (UnsupportedOperationException e) {
            Files.move(tmp, target);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
