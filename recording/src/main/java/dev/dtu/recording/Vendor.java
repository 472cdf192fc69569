package dev.dtu.recording;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The vendors DTU has twins of; each name is also the twin's name in a universe. */
public enum Vendor {
    SLACK, OKTA, JIRA, GOOGLE;

    public String twin() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Vendor named(String name) {
        return Arrays.stream(values()).filter(v -> v.twin().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new RecordingException("unknown twin '" + name + "' (slack, okta, jira or google)"));
    }

    /** The vendor a request path belongs to, when the path says so unambiguously. */
    public static Optional<Vendor> ofPath(String path) {
        if (path.matches("^/api/[a-z]+(\\.[A-Za-z0-9]+)+$")) {
            return Optional.of(SLACK);
        }
        if (path.startsWith("/api/v1/") || path.startsWith("/oauth2/")) {
            return Optional.of(OKTA);
        }
        if (path.startsWith("/rest/api/3/") || path.startsWith("/rest/api/2/")) {
            return Optional.of(JIRA);
        }
        if (path.startsWith("/v4/spreadsheets") || path.startsWith("/v1/documents") || path.startsWith("/drive/v3")
                || path.startsWith("/upload/drive/v3")) {
            return Optional.of(GOOGLE);
        }
        return Optional.empty();
    }
}
