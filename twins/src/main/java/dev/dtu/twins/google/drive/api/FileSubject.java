package dev.dtu.twins.google.drive.api;

import dev.dtu.server.state.State;
import dev.dtu.twins.google.auth.Caller;
import dev.dtu.twins.google.auth.GoogleAccount;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Permission;
import dev.dtu.twins.google.drive.model.QueryEvaluator;
import dev.dtu.twins.google.drive.model.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** A file as a files.list query sees it. */
record FileSubject(State state, DriveFile file, Caller caller, DriveFiles files) implements QueryEvaluator.Subject {

    @Override
    public Set<String> ownerEmails() {
        return state.get(GoogleAuth.ACCOUNTS, file.ownerId()).map(GoogleAccount::email).stream()
                .collect(Collectors.toSet());
    }

    @Override
    public Set<String> writerEmails() {
        return emails(Role.WRITER);
    }

    @Override
    public Set<String> readerEmails() {
        return emails(Role.READER);
    }

    private Set<String> emails(Role atLeast) {
        return file.permissions().stream()
                .filter(p -> p.emailAddress() != null && Role.parse(p.role()).map(r -> r.atLeast(atLeast)).orElse(false))
                .map(Permission::emailAddress).collect(Collectors.toSet());
    }

    @Override
    public String fullText() {
        return files.fullText(state, file);
    }

    @Override
    public boolean sharedWithMe() {
        return !file.ownerId().equals(caller.id())
                && dev.dtu.twins.google.drive.model.DriveAccess.driveOf(state, file).isEmpty();
    }

    @Override
    public String callerRootId() {
        return FileIds.rootOf(caller.id());
    }
}
