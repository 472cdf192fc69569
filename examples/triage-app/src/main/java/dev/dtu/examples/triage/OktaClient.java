package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Okta's Management API with an SSWS token: who is in a group. */
final class OktaClient {
    private final String orgUrl;
    private final String apiToken;
    private final ApiCall http;

    OktaClient(String orgUrl, String apiToken, ApiCall http) {
        this.orgUrl = orgUrl.endsWith("/") ? orgUrl.substring(0, orgUrl.length() - 1) : orgUrl;
        this.apiToken = apiToken;
        this.http = http;
    }

    /** The lower-cased emails of the group's members (active or not: the caller decides). */
    Set<String> memberEmails(String groupName) {
        Set<String> emails = new HashSet<>();
        Optional<String> groupId = groupId(groupName);
        if (groupId.isEmpty()) {
            return emails;
        }
        Optional<JsonNode> users = http.send(request("/api/v1/groups/" + groupId.get() + "/users?limit=200").GET().build());
        users.ifPresent(list -> list.forEach(u -> {
            if (u.path("status").asText().equals("ACTIVE")) {
                emails.add(u.path("profile").path("email").asText().toLowerCase(Locale.ROOT));
            }
        }));
        return emails;
    }

    private Optional<String> groupId(String name) {
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        return http.send(request("/api/v1/groups?q=" + q).GET().build()).flatMap(groups -> {
            for (JsonNode g : groups) {
                if (g.path("profile").path("name").asText().equals(name)) {
                    return Optional.of(g.path("id").asText());
                }
            }
            return Optional.empty();
        });
    }

    private HttpRequest.Builder request(String path) {
        return ApiCall.request(orgUrl + path).header("Authorization", "SSWS " + apiToken).header("Accept", "application/json");
    }
}
