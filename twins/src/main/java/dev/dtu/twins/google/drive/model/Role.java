package dev.dtu.twins.google.drive.model;

import java.util.Locale;
import java.util.Optional;

/** Drive roles from least to most capable; a caller's role is the strongest that applies. */
public enum Role {
    READER, COMMENTER, WRITER, FILE_ORGANIZER, ORGANIZER, OWNER;

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text) {
            case "reader" -> Optional.of(READER);
            case "commenter" -> Optional.of(COMMENTER);
            case "writer" -> Optional.of(WRITER);
            case "fileOrganizer" -> Optional.of(FILE_ORGANIZER);
            case "organizer" -> Optional.of(ORGANIZER);
            case "owner" -> Optional.of(OWNER);
            default -> Optional.empty();
        };
    }

    public String apiName() {
        return switch (this) {
            case FILE_ORGANIZER -> "fileOrganizer";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
