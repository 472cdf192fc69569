package dev.dtu.docker;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code docker build} sends as the context: the folder minus what {@code .dockerignore} names (Docker's
 * rules: patterns relative to the root, {@code **} across folders, a matched folder drops all below it).
 */
final class DockerContext {
    private final Path root;
    private final List<PathMatcher> ignored = new ArrayList<>();

    DockerContext(Path root) throws IOException {
        this.root = root;
        Path file = root.resolve(".dockerignore");
        for (String line : Files.readAllLines(file)) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            if (pattern.startsWith("!")) {
                throw new IllegalStateException(".dockerignore exceptions (!) are not read by this test: " + pattern);
            }
            ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
            }
        }
    }

    boolean ignores(Path relative) {
        return ignored.stream().anyMatch(m -> m.matches(relative));
    }

    /** Copies the context into {@code target}; answers how many files it holds. */
    int copyTo(Path target) throws IOException {
        int[] files = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = root.relativize(dir);
                if (!relative.toString().isEmpty() && ignores(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = root.relativize(file);
                if (!ignores(relative)) {
                    Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    files[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files[0];
    }
}
