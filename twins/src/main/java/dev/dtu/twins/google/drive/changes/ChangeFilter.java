package dev.dtu.twins.google.drive.changes;

/**
 * The parameters of changes.list (and of a changes.watch channel) that decide which changes a caller hears of:
 * one shared drive ({@code driveId}), or the caller's corpus with or without shared drives' items, only what lies
 * in their My Drive ({@code restrictToMyDrive}), and whether removals are told.
 */
public record ChangeFilter(String driveId, boolean includeItemsFromAllDrives, boolean restrictToMyDrive,
                           boolean includeRemoved) {
}
