package dev.dtu.recording;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * WireMock standing in for the real vendors (no internet here), loaded with answers written from the
 * vendors' documented examples ({@code src/test/resources/vendor}), and the requests an app would send.
 */
public final class VendorStandIn implements AutoCloseable {
    public static final String SLACK_BOT = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
    public static final String OKTA_TOKEN = "00QCjAl4MlV-WPXM-ABCDEFGHIJKLMNOPQRSTUVWX";
    public static final String JIRA_BASIC = "Basic ZWdvbkBnaG9zdGJ1c3RlcnMuZXhhbXBsZTpBVEFUVDN4RmZHRjBUN1Rlc3Q=";
    public static final String GOOGLE_TOKEN = "ya29.a0AfH6SMBx3kQvYtestTokenValue123456";

    /** What the app asks for: every read the seed is inferred from. */
    public static final List<String[]> TRAFFIC = List.of(
            new String[] {"Bearer " + SLACK_BOT, "/api/users.list?limit=200"},
            new String[] {"Bearer " + SLACK_BOT, "/api/conversations.list?types=public_channel"},
            new String[] {"Bearer " + SLACK_BOT, "/api/conversations.history?channel=C012AB3CD"},
            new String[] {"SSWS " + OKTA_TOKEN, "/api/v1/users?limit=200"},
            new String[] {"SSWS " + OKTA_TOKEN, "/api/v1/groups?limit=200"},
            new String[] {"SSWS " + OKTA_TOKEN, "/api/v1/groups/00g1emaKYZTWRYYRRTSL/users"},
            new String[] {"SSWS " + OKTA_TOKEN, "/api/v1/apps?filter=status%20eq%20%22ACTIVE%22"},
            new String[] {JIRA_BASIC, "/rest/api/3/project/search?expand=description,lead"},
            new String[] {JIRA_BASIC, "/rest/api/3/search/jql?jql=project%20%3D%20ECTO%20ORDER%20BY%20key%20ASC"
                    + "&fields=summary,status,issuetype,priority,assignee,reporter,created,labels"},
            new String[] {JIRA_BASIC, "/rest/api/3/issue/ECTO-1/comment"},
            new String[] {"Bearer " + GOOGLE_TOKEN, "/drive/v3/files?fields=files(id,name,mimeType,parents,owners)"},
            new String[] {"Bearer " + GOOGLE_TOKEN, "/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms"},
            new String[] {"Bearer " + GOOGLE_TOKEN, "/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/values/Calls!A1:C3"},
            new String[] {"Bearer " + GOOGLE_TOKEN, "/v1/documents/195j9eDD3ccgjQRttHhJPymLJUCOUjs-jmwTrekvdjFE"});

    private final WireMockServer server;

    public VendorStandIn() {
        this("vendor");
    }

    /** A stand-in answering from the mappings under {@code root} on the test class path. */
    public VendorStandIn(String root) {
        server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath(root));
        server.start();
    }

    public URI url() {
        return URI.create(server.baseUrl());
    }

    /** Sends the app's traffic to {@code base} (the proxy); every answer must be a 200. */
    public static void sendTraffic(URI base) throws IOException, InterruptedException {
        sendTraffic(base, TRAFFIC);
    }

    /** Sends {@code traffic} (credential, path and query) to {@code base}; every answer must be a 200. */
    public static void sendTraffic(URI base, List<String[]> traffic) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String[] call : traffic) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + call[1]))
                        .header("Authorization", call[0]).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError(call[1] + " answered " + r.statusCode() + ": " + r.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
