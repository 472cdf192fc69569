package dev.dtu.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads report.json. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(ReportDocument document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportDocument parse(String json) {
        try {
            ReportDocument document = MAPPER.readValue(json, ReportDocument.class);
            if (!ReportDocument.SCHEMA.equals(document.schema())) {
                throw new IllegalArgumentException("not a " + ReportDocument.SCHEMA + " report: schema " + document.schema());
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportDocument read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report " + file, e);
        }
    }
}
