package dev.dtu.twins.google.drive.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A shared drive. Its members are the permissions of its top folder, a {@link DriveFile} with the drive's id
 * (Drive uses the drive's id for that folder too), so a file's role in the drive is inherited like any folder's.
 *
 * @param requestId the creator's {@code requestId} of drives.create, which may not be used twice
 * @param hiddenFor the accounts that hid the drive from their default view (drives.hide is per user)
 */
public record SharedDrive(String id, String name, String creatorId, String requestId, Instant createdTime,
                          String colorRgb, String themeId, Map<String, Boolean> restrictions, List<String> hiddenFor) {
    public static final List<String> RESTRICTIONS = List.of("adminManagedRestrictions",
            "copyRequiresWriterPermission", "domainUsersOnly", "driveMembersOnly",
            "sharingFoldersRequiresOrganizerPermission");

    public SharedDrive {
        restrictions = restrictions == null ? Map.of() : Map.copyOf(restrictions);
        hiddenFor = hiddenFor == null ? List.of() : List.copyOf(hiddenFor);
    }

    public boolean hiddenFor(String accountId) {
        return hiddenFor.contains(accountId);
    }

    public SharedDrive with(String newName, String newColor, String newTheme, Map<String, Boolean> newRestrictions,
                            List<String> newHiddenFor) {
        return new SharedDrive(id, newName == null ? name : newName, creatorId, requestId, createdTime,
                newColor == null ? colorRgb : newColor, newTheme == null ? themeId : newTheme,
                newRestrictions == null ? restrictions : newRestrictions, newHiddenFor == null ? hiddenFor : newHiddenFor);
    }
}
