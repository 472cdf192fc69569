package dev.dtu.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code NAME.json} and {@code NAME.md} into the results folder (the latest run of each benchmark). */
public final class ResultFiles {
    private final Path dir;

    public ResultFiles(Path dir) {
        this.dir = dir;
    }

    public void write(BenchResult result) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String suffix = result.quick() ? "-quick" : "";
        json.writeValue(dir.resolve(result.name() + suffix + ".json").toFile(), result);
        Files.writeString(dir.resolve(result.name() + suffix + ".md"), result.markdown());
    }
}
