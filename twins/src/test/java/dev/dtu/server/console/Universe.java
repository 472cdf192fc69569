package dev.dtu.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A universe the console tests write into through each twin's vendor API, with the universe's own credentials, as
 * an app under test would: what the console then shows is attacker-controlled text.
 */
record Universe(String server, String id, JsonNode twins) {
    /** Markup that would run if a page printed it unescaped. */
    static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    static Universe create(String server, String name) {
        Http.Reply r = Http.post(server + "/_dtu/universes", "{\"name\":\"" + name + "\"}");
        assertEquals(201, r.status(), r.body());
        return new Universe(server, r.json().path("id").asText(), r.json().path("twins"));
    }

    String console(String rest) {
        return server + "/_dtu/console/universes/" + id + rest;
    }

    JsonNode journal() {
        return Http.get(server + "/_dtu/universes/" + id + "/journal").json().path("entries");
    }

    Http.Reply slack(String method, String json) {
        JsonNode s = twins.path("slack");
        return Http.post(s.path("baseUrl").asText() + method, json, "Authorization", "Bearer " + s.path("botToken").asText(),
                "Content-Type", "application/json; charset=utf-8");
    }

    Http.Reply jira(String method, String path, String json) {
        JsonNode j = twins.path("jira");
        String basic = Base64.getEncoder().encodeToString((j.path("email").asText() + ":" + j.path("apiToken").asText())
                .getBytes(StandardCharsets.UTF_8));
        return Http.send(method, j.path("baseUrl").asText() + path, json, "Authorization", "Basic " + basic,
                "Content-Type", "application/json");
    }

    Http.Reply sheets(String range, String option, String json) {
        JsonNode g = twins.path("google");
        return Http.send("PUT", g.path("rootUrl").asText() + "v4/spreadsheets/support-tickets/values/" + range
                        + "?valueInputOption=" + option, json, "Authorization", "Bearer " + g.path("accessToken").asText(),
                "Content-Type", "application/json");
    }

    Http.Reply okta(String method, String path, String json) {
        JsonNode o = twins.path("okta");
        return Http.send(method, o.path("orgUrl").asText() + path, json, "Authorization", "SSWS " + o.path("apiToken").asText(),
                "Content-Type", "application/json", "Accept", "application/json");
    }

    /** The payload through every twin: a Slack message, a Jira summary, a sheet cell, an Okta user's name. */
    /** @return the Jira issue's key */
    String writePayloads() {
        String quoted = "\"" + PAYLOAD.replace("\"", "\\\"") + "\"";
        assertEquals(200, slack("chat.postMessage", "{\"channel\":\"C000000001\",\"text\":" + quoted + "}").status());
        Http.Reply issue = jira("POST", "/rest/api/3/issue", "{\"fields\":{\"project\":{\"key\":\"SUP\"},"
                + "\"issuetype\":{\"name\":\"Bug\"},\"summary\":" + quoted + "}}");
        assertEquals(201, issue.status(), issue.body());
        Http.Reply cell = sheets("Tickets!A2", "RAW", "{\"values\":[[" + quoted + "]]}");
        assertEquals(200, cell.status(), cell.body());
        Http.Reply user = okta("POST", "/api/v1/users?activate=false", "{\"profile\":{\"firstName\":" + quoted
                + ",\"lastName\":\"Mallory\",\"email\":\"mallory@northwind.example\",\"login\":\"mallory@northwind.example\"}}");
        assertEquals(200, user.status(), user.body());
        return issue.json().path("key").asText();
    }

    /** A small PNG (a 4×4 square), as an app would upload a screenshot. */
    static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file uploaded with files.getUploadURLExternal and shared in a channel; @return its id */
    String slackFile(String channel, String name, byte[] bytes) {
        JsonNode s = twins.path("slack");
        String bot = "Bearer " + s.path("botToken").asText();
        Http.Reply url = Http.post(s.path("baseUrl").asText() + "files.getUploadURLExternal", "filename=" + name
                + "&length=" + bytes.length, "Authorization", bot, "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(true, url.json().path("ok").asBoolean(), url.body());
        assertEquals(200, postBytes(url.json().path("upload_url").asText(), "application/octet-stream", bytes));
        String id = url.json().path("file_id").asText();
        Http.Reply done = slack("files.completeUploadExternal", "{\"files\":[{\"id\":\"" + id + "\",\"title\":\""
                + name + "\"}],\"channel_id\":\"" + channel + "\"}");
        assertEquals(true, done.json().path("ok").asBoolean(), done.body());
        return id;
    }

    /** An attachment added to a Jira issue (multipart, with the XSRF header Jira requires). */
    void jiraAttachment(String key, String name, String type, byte[] bytes) {
        JsonNode j = twins.path("jira");
        String basic = Base64.getEncoder().encodeToString((j.path("email").asText() + ":" + j.path("apiToken").asText())
                .getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        int status = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(j.path("baseUrl").asText()
                        + "/rest/api/3/issue/" + key + "/attachments")).header("Authorization", "Basic " + basic)
                .header("X-Atlassian-Token", "no-check").header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()).statusCode();
        assertEquals(200, status);
    }

    /** A console URL fetched as bytes (an image preview). */
    static java.net.http.HttpResponse<byte[]> fetch(String url) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build());
    }

    private static int postBytes(String url, String type, byte[] bytes) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build()).statusCode();
    }

    private static java.net.http.HttpResponse<byte[]> send(java.net.http.HttpRequest request) {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
