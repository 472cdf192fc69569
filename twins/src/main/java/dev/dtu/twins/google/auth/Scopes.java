package dev.dtu.twins.google.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The OAuth scopes each API method takes, as the API references list them under "Authorization scopes"
 * (any one of the list suffices), and Google's 403 when a token has none of them.
 */
public final class Scopes {
    public static final String PREFIX = "https://www.googleapis.com/auth/";
    static final String DRIVE = PREFIX + "drive";
    static final String DRIVE_FILE = PREFIX + "drive.file";
    static final String DRIVE_READONLY = PREFIX + "drive.readonly";
    static final String SPREADSHEETS = PREFIX + "spreadsheets";
    static final String DOCUMENTS = PREFIX + "documents";
    /** Sheets' legacy scope, which Google still takes as {@code spreadsheets} (gspread asks for it). */
    static final String FEEDS = "https://spreadsheets.google.com/feeds";
    static final String CLOUD_PLATFORM = PREFIX + "cloud-platform";
    public static final String DRIVE_APPDATA = PREFIX + "drive.appdata";
    /** The scopes that see files outside the application data folder. */
    static final Set<String> BEYOND_APPDATA = Set.of(DRIVE, DRIVE_FILE, DRIVE_READONLY, PREFIX + "drive.metadata",
            PREFIX + "drive.metadata.readonly", SPREADSHEETS, SPREADSHEETS + ".readonly", DOCUMENTS,
            DOCUMENTS + ".readonly", FEEDS);

    /** Every scope the twin knows, so a request for another is an invalid_scope. */
    static final Set<String> KNOWN = Set.of(DRIVE, DRIVE_FILE, DRIVE_READONLY, PREFIX + "drive.metadata",
            PREFIX + "drive.metadata.readonly", PREFIX + "drive.appdata", SPREADSHEETS, SPREADSHEETS + ".readonly",
            DOCUMENTS, DOCUMENTS + ".readonly", FEEDS, FEEDS + "/", CLOUD_PLATFORM, PREFIX + "userinfo.email",
            PREFIX + "userinfo.profile", "openid", "email", "profile");

    private Scopes() {}

    /** The scopes any one of which lets a token call this method. */
    public static List<String> accepted(String operation) {
        boolean read = reads(operation);
        if (operation.startsWith("sheets.")) {
            return read ? List.of(DRIVE, DRIVE_FILE, DRIVE_READONLY, SPREADSHEETS, SPREADSHEETS + ".readonly", FEEDS)
                    : List.of(DRIVE, DRIVE_FILE, SPREADSHEETS, FEEDS);
        }
        if (operation.startsWith("docs.")) {
            return read ? List.of(DRIVE, DRIVE_FILE, DRIVE_READONLY, DOCUMENTS, DOCUMENTS + ".readonly")
                    : List.of(DRIVE, DRIVE_FILE, DOCUMENTS);
        }
        if (operation.startsWith("drive.drives.")) { // shared drives take the full scope to change, drive.readonly to read
            return read ? List.of(DRIVE, DRIVE_READONLY) : List.of(DRIVE);
        }
        return read ? List.of(DRIVE, DRIVE_FILE, DRIVE_READONLY, PREFIX + "drive.metadata",
                PREFIX + "drive.metadata.readonly", PREFIX + "drive.appdata")
                : List.of(DRIVE, DRIVE_FILE, PREFIX + "drive.appdata");
    }

    private static boolean reads(String operation) {
        String method = operation.substring(operation.lastIndexOf('.') + 1);
        return method.startsWith("get") || method.startsWith("list") || method.startsWith("batchGet")
                || method.equals("export") || method.equals("watch") || method.equals("generateIds") || operation.equals("drive.channels.stop");
    }

    /** The scope as Google reads it: the feeds scope with or without its trailing slash is one scope. */
    static String canonical(String scope) {
        return scope.equals(FEEDS + "/") ? FEEDS : scope;
    }

    /** Throws Google's 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT unless one of the token's scopes takes the method. */
    public static void check(Collection<String> granted, String operation) {
        if (accepted(operation).stream().anyMatch(s -> granted.stream().map(Scopes::canonical).anyMatch(s::equals))) {
            return;
        }
        throw insufficient(operation);
    }

    static GoogleException insufficient(String operation) {
        String service = operation.substring(0, operation.indexOf('.')) + ".googleapis.com";
        ArrayNode details = Json.array();
        var info = details.addObject();
        info.put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
                .put("reason", "ACCESS_TOKEN_SCOPE_INSUFFICIENT")
                .put("domain", "googleapis.com");
        info.putObject("metadata").put("service", service).put("method", operation);
        return new GoogleException(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.",
                "insufficientPermissions", null, null).withDetails(details);
    }
}
