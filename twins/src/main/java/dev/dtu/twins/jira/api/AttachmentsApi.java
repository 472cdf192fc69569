package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Multipart;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.Attachment;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.ProjectPermission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Issue attachments (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-attachments/):
 * multipart upload (part {@code file}, header {@code X-Atlassian-Token: no-check}), metadata, content, delete, the
 * site's settings and the contents of zip archives ({@code expand/human}, {@code expand/raw}). Guessed: the Create
 * attachments and Delete attachments permissions are not modelled; attaching and deleting need Edit issues.
 * Content is served directly (Jira redirects to its media service first; clients follow the redirect).
 */
final class AttachmentsApi {
    /** The twin's per-file limit, reported as {@code uploadLimit} (Jira Cloud's default is 1 GB; guessed smaller). */
    static final long UPLOAD_LIMIT = 10L * 1024 * 1024;
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:\"([^\"]*)\"|([^;]+))", Pattern.CASE_INSENSITIVE);
    private static final String NOT_FOUND = "The attachment with id '%s' does not exist";

    private AttachmentsApi() {}

    static void routes(Routes r) {
        r.post("/rest/api/3/issue/{issueIdOrKey}/attachments", AttachmentsApi::add)
                .get("/rest/api/3/attachment/meta", c -> Response.json(200, Json.object().put("enabled", true)
                        .put("uploadLimit", UPLOAD_LIMIT)))
                .get("/rest/api/3/attachment/{id}", AttachmentsApi::metadata)
                .delete("/rest/api/3/attachment/{id}", AttachmentsApi::remove)
                .get("/rest/api/3/attachment/content/{id}", AttachmentsApi::content)
                .get("/rest/api/3/attachment/thumbnail/{id}", AttachmentsApi::thumbnail)
                .get("/rest/api/3/attachment/{id}/expand/human", c -> expand(c, true))
                .get("/rest/api/3/attachment/{id}/expand/raw", c -> expand(c, false));
    }

    static Response add(ApiCall c) {
        // Jira refuses a multipart POST without the header: "XSRF check failed", a 403 in plain text.
        if (!c.call().request().header("x-atlassian-token").map(v -> v.equalsIgnoreCase("no-check")).orElse(false)) {
            return Response.text(403, "text/plain;charset=UTF-8", "XSRF check failed");
        }
        Issue issue = c.issue();
        c.require(ProjectPermission.EDIT_ISSUES, issue, 403, "You do not have permission to create attachments for this issue.");
        List<Attachment> files = files(c);
        List<Attachment> made = c.write(site -> site.attach(c.actor().accountId(), issue, files));
        Views views = new Views(c.base(), c.dir());
        ArrayNode out = Json.array();
        made.forEach(a -> out.add(views.attachment(a)));
        return Response.json(200, out);
    }

    private static List<Attachment> files(ApiCall c) {
        String type = c.call().request().header("content-type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw JiraException.message(415, "Unsupported Media Type");
        }
        List<Multipart.Part> parts;
        try {
            parts = Multipart.parse(type, c.call().request().body());
        } catch (Multipart.MalformedMultipartException e) {
            throw JiraException.message(400, "The request is not a valid multipart/form-data request: " + e.getMessage());
        }
        List<Attachment> out = new ArrayList<>();
        for (Multipart.Part p : parts) {
            if (p.isFile() && name(p).equals("file")) {
                if (p.body().length > UPLOAD_LIMIT) {
                    throw JiraException.message(413, "The file is too large to attach. The maximum size is " + UPLOAD_LIMIT + " bytes.");
                }
                String filename = filename(p);
                out.add(Attachment.of(filename, mimeType(p, filename), p.body()));
            }
        }
        if (out.isEmpty()) {
            // Guessed wording: Jira's reference says only "400 if no files are attached".
            throw JiraException.message(400, "No attachments were found in the request: send each file as a 'file' part.");
        }
        return out;
    }

    private static String name(Multipart.Part p) {
        Matcher m = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"").matcher(p.headers().getOrDefault("content-disposition", ""));
        return m.find() ? m.group(1) : "";
    }

    static String filename(Multipart.Part p) {
        String disposition = p.headers().getOrDefault("content-disposition", "");
        String plain = null;
        Matcher m = FILENAME.matcher(disposition);
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2).trim();
            if (m.group().toLowerCase(Locale.ROOT).startsWith("filename*=")) {
                int quote = value.indexOf("''");
                return URLDecoder.decode(quote < 0 ? value : value.substring(quote + 2), StandardCharsets.UTF_8);
            }
            plain = plain == null ? value : plain;
        }
        return plain == null || plain.isEmpty() ? "file" : plain;
    }

    /** The part's type; a generic one ({@code application/octet-stream}) is guessed from the name, as Jira does. */
    private static String mimeType(Multipart.Part p, String filename) {
        String declared = p.headers().get("content-type");
        String bare = declared == null ? "" : declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!bare.isEmpty() && !bare.equals("application/octet-stream")) {
            return bare;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed == null ? "application/octet-stream" : guessed;
    }

    static Response metadata(ApiCall c) {
        Attachment a = attachment(c);
        ObjectNode n = new Views(c.base(), c.dir()).attachment(a);
        n.put("id", Long.parseLong(a.id()));
        n.putObject("properties");
        return Response.json(200, n);
    }

    static Response remove(ApiCall c) {
        Attachment a = attachment(c);
        Issue issue = c.dir().issue(a.issueId()).orElseThrow();
        c.require(ProjectPermission.EDIT_ISSUES, issue, 403, "You do not have permission to delete attachment with id '" + a.id() + "'.");
        c.write(site -> {
            site.removeAttachment(a);
            return null;
        });
        return Response.empty(204);
    }

    static Response content(ApiCall c) {
        Attachment a = attachment(c);
        return new Response(200, a.mimeType(), a.content())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(a.filename(),
                        StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Images are their own thumbnail (not scaled: guessed); other files have none, a 404 as Jira answers. */
    static Response thumbnail(ApiCall c) {
        Attachment a = attachment(c);
        if (!a.mimeType().startsWith("image/")) {
            throw JiraException.message(404, "The attachment with id '" + a.id() + "' has no thumbnail.");
        }
        return new Response(200, a.mimeType(), a.content());
    }

    /** The entries of a zip archive; another file is not an archive Jira expands (409, as documented). */
    static Response expand(ApiCall c, boolean human) {
        Attachment a = attachment(c);
        List<ObjectNode> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(a.content()))) {
            ZipEntry e;
            int index = 0;
            while ((e = zip.getNextEntry()) != null) {
                long size = zip.readAllBytes().length;
                ObjectNode n = Json.object().put("entryIndex", index++).put("name", e.getName());
                if (human) {
                    n.put("path", e.getName()).put("size", size < 1024 ? size + " B" : (size / 1024) + " kB");
                } else {
                    n.put("size", size);
                }
                entries.add(n.put("mediaType", java.util.Optional.ofNullable(URLConnection.guessContentTypeFromName(e.getName()))
                        .orElse("application/octet-stream")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw JiraException.message(409, "The attachment is not an archive in a supported format.");
        }
        if (entries.isEmpty() && !isZip(a.content())) {
            throw JiraException.message(409, "The attachment is not an archive in a supported format.");
        }
        ObjectNode out = Json.object();
        if (human) {
            out.put("id", Long.parseLong(a.id())).put("name", a.filename()).put("mediaType", a.mimeType());
        }
        out.put("totalEntryCount", entries.size());
        out.putArray("entries").addAll(entries);
        return Response.json(200, out);
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K';
    }

    private static Attachment attachment(ApiCall c) {
        String id = c.param("id");
        return c.dir().attachment(id).filter(a -> c.visibleIssue(a.issueId()).isPresent())
                .orElseThrow(() -> JiraException.message(404, NOT_FOUND.formatted(id)));
    }
}
