package dev.dtu.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** The one shared Jackson configuration: compact JSON, nulls left out, unknown fields tolerated. */
public final class Json {
    public static final ObjectMapper MAPPER = configure(new ObjectMapper());
    public static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));

    private Json() {}

    private static ObjectMapper configure(ObjectMapper m) {
        return m.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Parses JSON, throwing {@link MalformedJsonException} (never a runtime surprise) on bad input. */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("empty body");
            }
            return node;
        } catch (IOException e) {
            throw MalformedJsonException.of(e);
        }
    }

    /** Parses YAML or JSON (JSON is YAML). */
    public static JsonNode parseYaml(String text) {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("empty document");
            }
            return node;
        } catch (IOException e) {
            MalformedJsonException plain = MalformedJsonException.of(e);
            throw plain.line() == 0 ? plain : new MalformedJsonException(plain.getMessage() + " (line " + plain.line()
                    + ", column " + plain.column() + ")", plain.line(), plain.column());
        }
    }

    public static <T> T convert(Object value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON that does not parse. Its message says what is wrong in plain words (Jackson's wording, such as
     * "Unexpected character ('x' (code 120)): was expecting double-quote to start field name"), never the
     * library's internals (feature and constraint names, source descriptions), so a twin may show it.
     *
     * @param line 1-based line of the problem, 0 when unknown
     * @param column 1-based column of the problem, 0 when unknown
     */
    public static final class MalformedJsonException extends RuntimeException {
        private static final Pattern INTERNALS = Pattern.compile(
                ",? ?\\(?(from |use |or disable |enable )?`[^`]*`( disabled| enabled)?\\)?");
        private final int line;
        private final int column;

        public MalformedJsonException(String message) {
            this(message, 0, 0);
        }

        public MalformedJsonException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        static MalformedJsonException of(IOException e) {
            if (e instanceof StreamConstraintsException) {
                return new MalformedJsonException(NESTED_TOO_DEEP, lineOf(e), columnOf(e));
            }
            String original = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            return new MalformedJsonException(plain(original), lineOf(e), columnOf(e));
        }

        /** Jackson's message without its location line and anything it names in backquotes. */
        static String plain(String message) {
            if (message == null || message.isBlank()) {
                return "malformed JSON";
            }
            int at = message.indexOf("\n at [");
            String text = at < 0 ? message : message.substring(0, at);
            return INTERNALS.matcher(text).replaceAll("").strip();
        }

        private static int lineOf(IOException e) {
            return e instanceof JsonProcessingException j && j.getLocation() != null ? Math.max(0, j.getLocation().getLineNr()) : 0;
        }

        private static int columnOf(IOException e) {
            return e instanceof JsonProcessingException j && j.getLocation() != null ? Math.max(0, j.getLocation().getColumnNr()) : 0;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** What {@link MalformedJsonException} says of JSON nested deeper than the parser allows. */
    public static final String NESTED_TOO_DEEP = "The document is nested too deeply.";
}
