package dev.dtu.twins.google.api;

import dev.dtu.server.state.State;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;

/**
 * Access to spreadsheets and documents through the Sheets and Docs APIs: an unknown id is 404 "Requested
 * entity was not found.", a file the caller may not open (or not edit) is 403 "The caller does not have
 * permission" — unlike Drive, which hides files the caller cannot see.
 */
public final class EditorAccess {
    private EditorAccess() {}

    public static DriveFile require(State state, String id, String mimeType, Caller caller, Role needed) {
        DriveFile file = state.get(DriveAccess.FILES, id).filter(f -> f.mimeType().equals(mimeType))
                .orElseThrow(() -> GoogleException.notFound("Requested entity was not found."));
        Role role = DriveAccess.role(state, file, caller, false)
                .orElseThrow(() -> GoogleException.permissionDenied("The caller does not have permission"));
        if (!role.atLeast(needed)) {
            throw GoogleException.permissionDenied("The caller does not have permission");
        }
        return file;
    }
}
