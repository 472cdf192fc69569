package dev.dtu.recording.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HAR 1.2 ({@code log.entries}) from browsers and proxies. Content is usually decoded already; base64 when
 * {@code content.encoding} says so. HTTP/2 pseudo-headers ({@code :authority}) are not headers and are left out.
 */
final class Har {
    private Har() {}

    static boolean isHar(JsonNode root) {
        return root != null && root.path("log").path("entries").isArray();
    }

    static List<ForeignExchange> read(JsonNode root) {
        List<ForeignExchange> out = new ArrayList<>();
        for (JsonNode e : root.path("log").path("entries")) {
            JsonNode rq = e.path("request");
            JsonNode rs = e.path("response");
            String[] pq = ForeignExchange.pathAndQuery(rq.path("url").asText("/"));
            Map<String, List<String>> responseHeaders = headers(rs.path("headers"));
            JsonNode content = rs.path("content");
            byte[] body = content.path("encoding").asText("").equalsIgnoreCase("base64")
                    ? Bodies.base64(content.path("text").asText("")) : Bodies.of(content.path("text"));
            out.add(new ForeignExchange(rq.path("method").asText("GET").toUpperCase(Locale.ROOT), pq[0], pq[1],
                    headers(rq.path("headers")), postData(rq.path("postData")), rs.path("status").asInt(200),
                    responseHeaders, Bodies.decoded(body, responseHeaders), time(e.path("startedDateTime").asText(null))));
        }
        return out;
    }

    private static byte[] postData(JsonNode post) {
        if (post.hasNonNull("text")) {
            return Bodies.of(post.get("text"));
        }
        StringBuilder form = new StringBuilder();
        for (JsonNode p : post.path("params")) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(p.path("name").asText(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(p.path("value").asText(), StandardCharsets.UTF_8));
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(JsonNode list) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode h : list) {
            String name = h.path("name").asText("");
            if (!name.isEmpty() && !name.startsWith(":")) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(h.path("value").asText(""));
            }
        }
        return out;
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
