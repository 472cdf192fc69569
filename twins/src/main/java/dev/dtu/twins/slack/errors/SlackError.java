package dev.dtu.twins.slack.errors;

import java.util.List;

/**
 * A Slack Web API error: the code Slack answers with in {@code {"ok":false,"error":"..."}}. Thrown by the
 * model and the api layer alike; {@link SlackErrors} turns it into the envelope.
 */
public class SlackError extends RuntimeException {
    private final String code;

    public SlackError(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** missing_scope: Slack names the scope the method needed and the scopes the token has. */
    public static final class MissingScope extends SlackError {
        private final String needed;
        private final List<String> provided;

        public MissingScope(String needed, List<String> provided) {
            super("missing_scope");
            this.needed = needed;
            this.provided = List.copyOf(provided);
        }

        public String needed() {
            return needed;
        }

        public String provided() {
            return String.join(",", provided);
        }
    }

    /** invalid_arguments: a typed argument did not parse; Slack lists why in response_metadata.messages. */
    public static final class InvalidArguments extends SlackError {
        private final List<String> messages;

        public InvalidArguments(String message) {
            super("invalid_arguments");
            this.messages = List.of("[ERROR] " + message);
        }

        public List<String> messages() {
            return messages;
        }
    }

    /** One problem of an app manifest: where it is (a JSON pointer) and what is wrong. */
    public record Pointed(String pointer, String message) {}

    /** invalid_manifest, with Slack's {@code errors}: a message and a pointer for each problem. */
    public static final class InvalidManifest extends SlackError {
        private final List<Pointed> errors;

        public InvalidManifest(List<Pointed> errors) {
            super("invalid_manifest");
            this.errors = List.copyOf(errors);
        }

        public List<Pointed> errors() {
            return errors;
        }
    }

    /** An error Slack explains in a {@code detail} field (canvas_creation_failed, canvas_editing_failed). */
    public static final class Detailed extends SlackError {
        private final String detail;

        public Detailed(String code, String detail) {
            super(code);
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }
}
