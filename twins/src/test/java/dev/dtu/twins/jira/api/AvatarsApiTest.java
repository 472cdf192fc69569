package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Avatars: system catalogues, uploads cropped to a square, images served, deleting, a project's chosen avatar. */
class AvatarsApiTest extends JiraServerTest {
    JiraSite site = JiraSite.create(server);
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> upload(String path, boolean token, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base + path)).header("Authorization", site.auth())
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            b.header("X-Atlassian-Token", "no-check");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site.base + path)).header("Authorization", site.auth()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static BufferedImage image(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void systemAvatarsAreListedPerTypeAndServedAsImages() throws Exception {
        for (String type : new String[] {"project", "issuetype", "user", "priority"}) {
            JsonNode system = site.get("/rest/api/3/avatar/" + type + "/system").json();
            assertTrue(OpenApi.problems("SystemAvatars", system).isEmpty(), system.toString());
            assertFalse(system.path("system").isEmpty(), type);
            system.path("system").forEach(a -> assertFalse(a.path("isDeletable").asBoolean(true)));
        }
        assertEquals(0, site.get("/rest/api/3/avatar/nosuchtype/system").json().path("system").size());

        String id = site.get("/rest/api/3/avatar/project/system").json().path("system").get(0).path("id").asText();
        HttpResponse<byte[]> small = get("/rest/api/3/universal_avatar/view/type/project/avatar/" + id + "?size=small");
        assertEquals(200, small.statusCode());
        assertTrue(small.headers().firstValue("content-type").orElse("").startsWith("image/png"));
        assertEquals(24, image(small.body()).getWidth());
        assertEquals("image/svg+xml", get("/rest/api/3/universal_avatar/view/type/project/avatar/" + id + "?format=svg")
                .headers().firstValue("content-type").orElse(""));
        assertEquals(200, get("/rest/api/3/universal_avatar/view/type/issuetype").statusCode());
        assertEquals(404, get("/rest/api/3/universal_avatar/view/type/project/avatar/424242").statusCode());

        // The links the twin writes on projects and issue types lead to images.
        String projectAvatar = site.get("/rest/api/3/project/SUP").json().path("avatarUrls").path("48x48").asText();
        assertEquals(48, image(get(projectAvatar.substring(site.base.length())).body()).getWidth());
        String icon = site.get("/rest/api/3/issue/SUP-1?fields=issuetype").json().path("fields").path("issuetype").path("iconUrl").asText();
        assertEquals(200, get(icon.substring(site.base.length())).statusCode(), icon);
    }

    @Test
    void anUploadIsCroppedListedChosenServedAndDeleted() throws Exception {
        String projectId = site.get("/rest/api/3/project/SUP").json().path("id").asText();
        assertEquals(403, upload("/rest/api/3/project/SUP/avatar2?size=32", false, png(64, 40)).statusCode());
        HttpResponse<byte[]> made = upload("/rest/api/3/project/SUP/avatar2?x=8&y=4&size=32", true, png(64, 40));
        assertEquals(201, made.statusCode(), new String(made.body()));
        JsonNode avatar = Json.parse(made.body());
        assertTrue(OpenApi.problems("Avatar", avatar).isEmpty(), avatar.toString());
        assertFalse(avatar.path("isSystemAvatar").asBoolean(true));
        assertTrue(avatar.path("isDeletable").asBoolean());
        String id = avatar.path("id").asText();

        JsonNode listed = site.get("/rest/api/3/project/SUP/avatars").json();
        assertTrue(OpenApi.problems("Avatars", listed).isEmpty(), listed.toString());
        assertEquals(id, listed.path("custom").get(0).path("id").asText());
        assertEquals(listed, site.get("/rest/api/3/universal_avatar/type/project/owner/" + projectId).json());
        assertEquals(0, site.get("/rest/api/3/universal_avatar/type/project/owner/99999999").json().path("custom").size());

        HttpResponse<byte[]> served = get("/rest/api/3/universal_avatar/view/type/project/avatar/" + id);
        assertEquals(48, image(served.body()).getWidth(), "served at 48x48 by default");
        assertEquals(204, site.send("PUT", "/rest/api/3/project/SUP/avatar", "{\"id\":\"" + id + "\"}").status());
        assertTrue(site.get("/rest/api/3/project/SUP").json().path("avatarUrls").path("48x48").asText().contains("/avatar/" + id));
        assertEquals(200, get("/rest/api/3/universal_avatar/view/type/project/owner/" + projectId).statusCode());
        JsonNode selected = site.get("/rest/api/3/project/SUP/avatars").json().path("custom").get(0);
        assertTrue(selected.path("isSelected").asBoolean(), selected.toString());

        assertEquals(204, site.send("DELETE", "/rest/api/3/universal_avatar/type/project/owner/" + projectId + "/avatar/" + id, null).status());
        assertEquals(0, site.get("/rest/api/3/project/SUP/avatars").json().path("custom").size());
        assertFalse(site.get("/rest/api/3/project/SUP").json().path("avatarUrls").path("48x48").asText().contains("/avatar/" + id),
                "back to the default");
        assertEquals(404, site.send("DELETE", "/rest/api/3/project/SUP/avatar/" + id, null).status());
    }

    @Test
    void badUploadsAndUnknownOwnersAreJirasErrors() throws Exception {
        HttpResponse<byte[]> notImage = upload("/rest/api/3/project/SUP/avatar2?size=48", true, new byte[] {1, 2, 3, 4});
        assertEquals(400, notImage.statusCode());
        assertFalse(Json.parse(notImage.body()).path("errorMessages").isEmpty());
        assertEquals(400, upload("/rest/api/3/project/SUP/avatar2?x=30&size=48", true, png(48, 48)).statusCode(), "crop beyond the edge");
        assertEquals(404, upload("/rest/api/3/universal_avatar/type/project/owner/99999999", true, png(48, 48)).statusCode());
        assertEquals(404, upload("/rest/api/3/universal_avatar/type/user/owner/x", true, png(48, 48)).statusCode());
        assertEquals(404, upload("/rest/api/3/issuetype/99999/avatar2", true, png(48, 48)).statusCode());
        String issueType = site.get("/rest/api/3/issue/SUP-1?fields=issuetype").json().path("fields").path("issuetype").path("id").asText();
        assertEquals(201, upload("/rest/api/3/issuetype/" + issueType + "/avatar2", true, png(48, 48)).statusCode());
        String system = site.get("/rest/api/3/avatar/project/system").json().path("system").get(0).path("id").asText();
        assertEquals(403, site.send("DELETE", "/rest/api/3/project/SUP/avatar/" + system, null).status());
        assertEquals(404, site.send("PUT", "/rest/api/3/project/SUP/avatar", "{\"id\":\"424242\"}").status());
        assertEquals(400, get("/rest/api/3/universal_avatar/view/type/project/avatar/" + system + "?size=huge").statusCode());
    }
}
