package dev.dtu.twins.google.drive.api;

import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.drive.model.AppData;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code spaces} parameter of files.list and changes.list: a comma-separated list of {@code drive},
 * {@code appDataFolder} (and the retired {@code photos}, which holds nothing); {@code drive} by default. Each space
 * needs a scope that reaches it, else Google's 403 insufficientScopes.
 */
record Spaces(Set<String> names) {
    private static final Set<String> KNOWN = Set.of(AppData.DRIVE_SPACE, AppData.SPACE, "photos");

    static Spaces of(GoogleCall c) {
        Set<String> names = Arrays.stream(c.query("spaces").orElse(AppData.DRIVE_SPACE).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (names.isEmpty() || !KNOWN.containsAll(names)) {
            throw GoogleException.invalidParameter("Invalid Value", "spaces");
        }
        boolean appData = names.contains(AppData.SPACE);
        if (appData && !c.caller().seesAppData() || names.contains(AppData.DRIVE_SPACE) && c.caller().appDataOnly()) {
            throw insufficientScopes("The granted scopes do not give access to all of the requested spaces.");
        }
        return new Spaces(names);
    }

    boolean holds(State state, DriveFile f) {
        return names.contains(AppData.space(state, f));
    }

    static GoogleException insufficientScopes(String message) {
        return new GoogleException(403, "PERMISSION_DENIED", message, "insufficientScopes", null, null);
    }

    @Override
    public String toString() {
        return String.join(",", new java.util.TreeSet<>(names));
    }
}
