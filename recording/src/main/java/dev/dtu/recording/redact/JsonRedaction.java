package dev.dtu.recording.redact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a JSON document token by token, replacing secrets on the way, so a body of any size is redacted
 * without being held in memory. Every string under a secret-named field (even nested, like Okta's
 * {@code credentials.password.value}) becomes a placeholder; other strings lose the tokens inside them.
 */
public final class JsonRedaction {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Redactor redactor;

    public JsonRedaction(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Copies {@code in} to {@code out}; throws {@link IOException} when {@code in} is not JSON. */
    public void copy(InputStream in, OutputStream out) throws IOException {
        try (JsonParser p = FACTORY.createParser(in); JsonGenerator g = FACTORY.createGenerator(out)) {
            int secretDepth = -1;
            int depth = 0;
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        g.writeFieldName(field);
                        continue;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (secretDepth < 0 && field != null && Redactor.isSecretName(field)) {
                            secretDepth = depth;
                        }
                        depth++;
                        g.copyCurrentEvent(p);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (depth == secretDepth) {
                            secretDepth = -1;
                        }
                        g.copyCurrentEvent(p);
                    }
                    case VALUE_STRING -> {
                        boolean secret = secretDepth >= 0 || (field != null && Redactor.isSecretName(field));
                        g.writeString(secret ? redactor.secret(p.getText()) : redactor.text(p.getText()));
                    }
                    default -> g.copyCurrentEvent(p);
                }
                field = p.getParsingContext().inObject() ? field : null;
            }
        }
    }
}
