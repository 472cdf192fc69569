package dev.dtu.twins.google.drive.api;

import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.GoogleRoutes;
import dev.dtu.twins.google.api.Handler;
import dev.dtu.twins.google.drive.model.DriveFiles;

/** The Drive v3 routes. */
public final class DriveApi {
    private DriveApi() {}

    /**
     * Drive's files and permissions methods see a shared drive's items only when the request says
     * {@code supportsAllDrives=true} (or the deprecated {@code supportsTeamDrives}); without it they answer 404.
     */
    static Handler allDrives(Handler handler) {
        return c -> handler.handle(new GoogleCall(c.twinCall(), c.caller().withAllDrives(
                c.flag("supportsAllDrives") || c.flag("supportsTeamDrives")), c.params()));
    }

    /** Methods without supportsAllDrives (revisions) see shared drives' items as their members do. */
    static Handler everyDrive(Handler handler) {
        return c -> handler.handle(c.as(c.caller().withAllDrives(true)));
    }

    public static void register(GoogleRoutes routes, DriveFiles files) {
        FilesApi f = new FilesApi(files);
        UploadsApi u = new UploadsApi(f, files);
        PermissionsApi p = new PermissionsApi();
        CommentsApi comments = new CommentsApi();
        DrivesApi drives = new DrivesApi();
        ChangesApi changes = new ChangesApi(files);
        RevisionsApi revisions = new RevisionsApi(files);
        LabelsApi labels = new LabelsApi();
        String base = "/drive/v3/files";
        routes.add("GET", base + "/generateIds", "drive.files.generateIds", f::generateIds)
                .add("DELETE", base + "/trash", "drive.files.emptyTrash", f::emptyTrash)
                .add("GET", base, "drive.files.list", allDrives(f::list))
                .add("POST", base, "drive.files.create", allDrives(f::create))
                .add("GET", base + "/{fileId}", "drive.files.get", allDrives(f::get))
                .add("PATCH", base + "/{fileId}", "drive.files.update", allDrives(f::update))
                .add("DELETE", base + "/{fileId}", "drive.files.delete", allDrives(f::delete))
                .add("POST", base + "/{fileId}/copy", "drive.files.copy", allDrives(f::copy))
                .add("GET", base + "/{fileId}/export", "drive.files.export", allDrives(f::export))
                .add("POST", base + "/{fileId}/modifyLabels", "drive.files.modifyLabels", allDrives(labels::modify))
                .add("GET", base + "/{fileId}/listLabels", "drive.files.listLabels", allDrives(labels::list))
                .add("GET", "/download" + base + "/{fileId}", "drive.files.get", allDrives(f::get))
                .add("GET", "/download" + base + "/{fileId}/export", "drive.files.export", allDrives(f::export))
                .add("POST", "/upload" + base, "drive.files.create", allDrives(u::create))
                .add("PUT", "/upload" + base, "drive.files.create", allDrives(u::create))
                .add("PATCH", "/upload" + base + "/{fileId}", "drive.files.update", allDrives(u::update))
                .add("PUT", "/upload" + base + "/{fileId}", "drive.files.update", allDrives(u::update))
                .add("PUT", "/upload/drive/v2/files/{fileId}", "drive.files.update", allDrives(u::importV2))
                .add("POST", base + "/{fileId}/permissions", "drive.permissions.create", allDrives(p::create))
                .add("GET", base + "/{fileId}/permissions", "drive.permissions.list", allDrives(p::list))
                .add("GET", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.get", allDrives(p::get))
                .add("PATCH", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.update", allDrives(p::update))
                .add("DELETE", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.delete", allDrives(p::delete))
                .add("GET", base + "/{fileId}/comments", "drive.comments.list", comments::list)
                .add("POST", base + "/{fileId}/comments", "drive.comments.create", comments::create)
                .add("GET", base + "/{fileId}/comments/{commentId}", "drive.comments.get", comments::get)
                .add("PATCH", base + "/{fileId}/comments/{commentId}", "drive.comments.update", comments::update)
                .add("DELETE", base + "/{fileId}/comments/{commentId}", "drive.comments.delete", comments::delete)
                .add("GET", base + "/{fileId}/comments/{commentId}/replies", "drive.replies.list", comments::listReplies)
                .add("POST", base + "/{fileId}/comments/{commentId}/replies", "drive.replies.create",
                        comments::createReply)
                .add("GET", base + "/{fileId}/comments/{commentId}/replies/{replyId}", "drive.replies.get",
                        comments::getReply)
                .add("PATCH", base + "/{fileId}/comments/{commentId}/replies/{replyId}", "drive.replies.update",
                        comments::updateReply)
                .add("DELETE", base + "/{fileId}/comments/{commentId}/replies/{replyId}", "drive.replies.delete",
                        comments::deleteReply)
                .add("GET", base + "/{fileId}/revisions", "drive.revisions.list", everyDrive(revisions::list))
                .add("GET", base + "/{fileId}/revisions/{revisionId}", "drive.revisions.get", everyDrive(revisions::get))
                .add("GET", "/download" + base + "/{fileId}/revisions/{revisionId}", "drive.revisions.get",
                        everyDrive(revisions::get))
                .add("PATCH", base + "/{fileId}/revisions/{revisionId}", "drive.revisions.update",
                        everyDrive(revisions::update))
                .add("DELETE", base + "/{fileId}/revisions/{revisionId}", "drive.revisions.delete",
                        everyDrive(revisions::delete))
                .add("GET", "/drive/v3/about", "drive.about.get", f::about)
                .add("POST", "/drive/v3/drives", "drive.drives.create", drives::create)
                .add("GET", "/drive/v3/drives", "drive.drives.list", drives::list)
                .add("GET", "/drive/v3/drives/{driveId}", "drive.drives.get", drives::get)
                .add("PATCH", "/drive/v3/drives/{driveId}", "drive.drives.update", drives::update)
                .add("DELETE", "/drive/v3/drives/{driveId}", "drive.drives.delete", drives::delete)
                .add("POST", "/drive/v3/drives/{driveId}/hide", "drive.drives.hide", drives::hide)
                .add("POST", "/drive/v3/drives/{driveId}/unhide", "drive.drives.unhide", drives::unhide)
                .add("GET", "/drive/v3/changes/startPageToken", "drive.changes.getStartPageToken", changes::startPageToken)
                .add("GET", "/drive/v3/changes", "drive.changes.list", changes::list)
                .add("POST", "/drive/v3/changes/watch", "drive.changes.watch", changes::watchChanges)
                .add("POST", base + "/{fileId}/watch", "drive.files.watch", allDrives(changes::watchFile))
                .add("POST", "/drive/v3/channels/stop", "drive.channels.stop", changes::stop);
    }
}
