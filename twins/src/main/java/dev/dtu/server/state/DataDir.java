package dev.dtu.server.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory holds every universe's credentials and signing keys, so only its owner may read it:
 * a folder it creates (or finds empty) is made {@code rwx------}, and the store's files {@code rw-------}.
 * A folder that already holds other things keeps its permissions. File systems without POSIX permissions
 * are left as they are.
 */
final class DataDir {
    private DataDir() {
    }

    /** Creates the folder if needed, owner-only when new or empty. */
    static void prepare(Path dir) {
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            } else if (isEmpty(dir)) {
                restrict(dir, "rwx------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir, e);
        }
    }

    /** Makes the store's own files ({@code prefix.*}) owner-only. */
    static void restrictFiles(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + ".*")) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    restrict(f, "rw-------");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the files of " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(permissions));
        }
    }
}
