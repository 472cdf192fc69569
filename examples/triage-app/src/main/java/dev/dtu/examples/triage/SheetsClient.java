package dev.dtu.examples.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The ticket log: a Google Sheet found by name in Drive, one row per ticket. */
final class SheetsClient {
    private final String rootUrl;
    private final String token;
    private final ApiCall http;

    SheetsClient(String rootUrl, String token, ApiCall http) {
        this.rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
        this.token = token;
        this.http = http;
    }

    /** The id of the spreadsheet with this name, searching Drive. */
    Optional<String> spreadsheetId(String name) {
        String q = "name = '" + name.replace("'", "\\'") + "' and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false";
        return http.send(request("drive/v3/files?q=" + enc(q) + "&fields=" + enc("files(id,name)")).GET().build())
                .flatMap(r -> r.path("files").isEmpty() ? Optional.empty() : Optional.of(r.path("files").get(0).path("id").asText()));
    }

    void appendRow(String spreadsheetId, String sheet, List<String> cells) {
        ObjectNode body = ApiCall.JSON.createObjectNode();
        ArrayNode row = body.putArray("values").addArray();
        cells.forEach(row::add);
        http.send(request("v4/spreadsheets/" + spreadsheetId + "/values/" + enc(sheet + "!A1") + ":append?valueInputOption=USER_ENTERED")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Sets one column of the row whose first cell is {@code key}. */
    void updateByKey(String spreadsheetId, String sheet, String key, String column, String value) {
        Optional<JsonNode> values = http.send(request("v4/spreadsheets/" + spreadsheetId + "/values/" + enc(sheet + "!A:A")).GET().build());
        if (values.isEmpty()) {
            return;
        }
        JsonNode rows = values.get().path("values");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).path(0).asText().equals(key)) {
                ObjectNode body = ApiCall.JSON.createObjectNode();
                body.putArray("values").addArray().add(value);
                http.send(request("v4/spreadsheets/" + spreadsheetId + "/values/" + enc(sheet + "!" + column + (i + 1))
                        + "?valueInputOption=RAW").PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
                return;
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return ApiCall.request(rootUrl + path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
