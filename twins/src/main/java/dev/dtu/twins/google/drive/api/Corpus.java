package dev.dtu.twins.google.drive.api;

import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveQuery;
import dev.dtu.twins.google.drive.model.Permission;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import java.util.Optional;

/**
 * Which body of items files.list searches ({@code corpora}): {@code user} (My Drive and shared with me; a shared
 * drive's items only with {@code includeItemsFromAllDrives} and a {@code 'folder' in parents} query, which Drive
 * reads as a search of that folder), {@code drive} (one shared drive, {@code driveId}), {@code allDrives}, or
 * {@code domain} (items shared with the caller's domain).
 */
record Corpus(String name, String driveId, boolean allDrives, boolean namesParents) {
    private static final List<String> NAMES = List.of("user", "drive", "allDrives", "domain");

    static Corpus of(GoogleCall c, DriveQuery q) {
        Optional<String> driveId = c.query("driveId").or(() -> c.query("teamDriveId")).filter(s -> !s.isEmpty());
        boolean all = c.flag("includeItemsFromAllDrives") || c.flag("includeTeamDriveItems");
        String name = c.query("corpora").or(() -> c.query("corpus")).orElse(driveId.isPresent() ? "drive" : "user");
        if (!NAMES.contains(name)) {
            throw GoogleException.invalidParameter("Invalid Value", "corpora");
        }
        if (name.equals("drive") != driveId.isPresent()) {
            throw GoogleException.invalidParameter(
                    "The driveId parameter must be specified if and only if corpora is set to drive.", "driveId");
        }
        if ((name.equals("drive") || name.equals("allDrives")) && !all) {
            throw GoogleException.invalidParameter("The includeItemsFromAllDrives parameter must be set to true when "
                    + "corpora is set to drive or allDrives.", "includeItemsFromAllDrives");
        }
        driveId.ifPresent(id -> DrivesApi.member(c.state(), id, c.caller().withAllDrives(true), Role.READER));
        return new Corpus(name, driveId.orElse(null), all, q != null && namesParents(q));
    }

    boolean holds(State state, DriveFile f, Caller caller) {
        Optional<String> drive = DriveAccess.driveOf(state, f);
        return switch (name) {
            case "drive" -> drive.isPresent() && drive.get().equals(driveId);
            case "allDrives" -> true;
            case "domain" -> drive.isEmpty() && f.permissions().stream().anyMatch(p -> domainShared(p, caller));
            default -> drive.isEmpty() || (allDrives && namesParents);
        };
    }

    private static boolean domainShared(Permission p, Caller caller) {
        return "domain".equals(p.type()) && p.domain() != null && p.domain().equalsIgnoreCase(caller.domain());
    }

    private static boolean namesParents(DriveQuery q) {
        return switch (q) {
            case DriveQuery.And a -> a.operands().stream().anyMatch(Corpus::namesParents);
            case DriveQuery.Or o -> o.operands().stream().allMatch(Corpus::namesParents);
            case DriveQuery.Not n -> false;
            case DriveQuery.Term t -> t.field().equals("parents") && t.operator().equals("in");
        };
    }
}
