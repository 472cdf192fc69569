package dev.dtu.twins.google.drive.api;

import dev.dtu.twins.google.api.GoogleRoutes;
import dev.dtu.twins.google.drive.model.DriveFiles;

/** The Drive v3 routes. */
public final class DriveApi {
    private DriveApi() {}

    public static void register(GoogleRoutes routes, DriveFiles files) {
        FilesApi f = new FilesApi(files);
        UploadsApi u = new UploadsApi(f, files);
        PermissionsApi p = new PermissionsApi();
        CommentsApi comments = new CommentsApi();
        String base = "/drive/v3/files";
        routes.add("GET", base, "drive.files.list", f::list)
                .add("POST", base, "drive.files.create", f::create)
                .add("GET", base + "/{fileId}", "drive.files.get", f::get)
                .add("PATCH", base + "/{fileId}", "drive.files.update", f::update)
                .add("DELETE", base + "/{fileId}", "drive.files.delete", f::delete)
                .add("POST", base + "/{fileId}/copy", "drive.files.copy", f::copy)
                .add("GET", base + "/{fileId}/export", "drive.files.export", f::export)
                .add("GET", "/download" + base + "/{fileId}", "drive.files.get", f::get)
                .add("GET", "/download" + base + "/{fileId}/export", "drive.files.export", f::export)
                .add("POST", "/upload" + base, "drive.files.create", u::create)
                .add("PUT", "/upload" + base, "drive.files.create", u::create)
                .add("PATCH", "/upload" + base + "/{fileId}", "drive.files.update", u::update)
                .add("PUT", "/upload" + base + "/{fileId}", "drive.files.update", u::update)
                .add("PUT", "/upload/drive/v2/files/{fileId}", "drive.files.update", u::importV2)
                .add("POST", base + "/{fileId}/permissions", "drive.permissions.create", p::create)
                .add("GET", base + "/{fileId}/permissions", "drive.permissions.list", p::list)
                .add("GET", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.get", p::get)
                .add("PATCH", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.update", p::update)
                .add("DELETE", base + "/{fileId}/permissions/{permissionId}", "drive.permissions.delete", p::delete)
                .add("GET", base + "/{fileId}/comments", "drive.comments.list", comments::list)
                .add("POST", base + "/{fileId}/comments", "drive.comments.create", comments::create)
                .add("GET", base + "/{fileId}/comments/{commentId}", "drive.comments.get", comments::get)
                .add("DELETE", base + "/{fileId}/comments/{commentId}", "drive.comments.delete", comments::delete)
                .add("GET", "/drive/v3/about", "drive.about.get", f::about);
    }
}
