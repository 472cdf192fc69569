package dev.dtu.twins.google.drive.api;

import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Comparator;
import java.util.Locale;

/** files.list orderBy: comma-separated keys, each optionally followed by "desc". */
final class FileOrder {
    private FileOrder() {}

    static Comparator<DriveFile> parse(String orderBy) {
        Comparator<DriveFile> order = null;
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            if (words.length > 2 || (words.length == 2 && !words[1].equalsIgnoreCase("desc")
                    && !words[1].equalsIgnoreCase("asc"))) {
                throw GoogleException.invalidParameter("Invalid Value", "orderBy");
            }
            Comparator<DriveFile> key = key(words[0]);
            if (words.length == 2 && words[1].equalsIgnoreCase("desc")) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        Comparator<DriveFile> stable = Comparator.comparing(DriveFile::createdTime).thenComparing(DriveFile::id);
        return order == null ? stable : order.thenComparing(stable);
    }

    private static Comparator<DriveFile> key(String name) {
        return switch (name) {
            case "name", "name_natural" -> Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT));
            case "createdTime" -> Comparator.comparing(DriveFile::createdTime);
            case "modifiedTime", "modifiedByMeTime", "viewedByMeTime", "recency" ->
                    Comparator.comparing(DriveFile::modifiedTime);
            case "folder" -> Comparator.comparing(f -> !f.isFolder());
            case "starred" -> Comparator.comparing(f -> !f.starred());
            case "quotaBytesUsed" -> Comparator.comparingLong(DriveFile::size);
            case "sharedWithMeTime" -> Comparator.comparing(DriveFile::createdTime);
            default -> throw GoogleException.invalidParameter("Invalid Value", "orderBy");
        };
    }
}
