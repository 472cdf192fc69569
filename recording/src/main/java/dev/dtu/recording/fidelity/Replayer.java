package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a recorded request to the twin: recorded ids become the twin's, the redacted credential becomes
 * the universe's credential of the same kind.
 */
final class Replayer implements AutoCloseable {
    private final TwinWorld world;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Replayer(TwinWorld world) {
        this.world = world;
    }

    TwinAnswer send(Exchange e, IdMap ids) {
        String path = translatePath(e.path(), ids);
        Map<String, List<String>> query = translateQuery(e, ids);
        String url = world.root(e.vendor()) + path + (query.isEmpty() ? "" : "?" + encode(query));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", world.authorization(e.vendor(), e.credential()));
        byte[] body = translateBody(e, ids);
        if (e.requestContentType() != null) {
            b.header("Content-Type", e.requestContentType());
        }
        b.method(e.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new TwinAnswer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException ex) {
            throw new RecordingException("the twin did not answer " + e.method() + " " + path + ": " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new RecordingException("interrupted while replaying " + e.source(), ex);
        }
    }

    private static String translatePath(String path, IdMap ids) {
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = ids.translate(parts[i]);
        }
        return String.join("/", parts);
    }

    private Map<String, List<String>> translateQuery(Exchange e, IdMap ids) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        e.query().forEach((k, values) -> {
            List<String> vs = new ArrayList<>();
            values.forEach(v -> vs.add(k.equals("token") && e.vendor() == Vendor.SLACK
                    ? world.slackToken(e.credential() != null ? e.credential() : v) : ids.translate(v)));
            out.put(k, vs);
        });
        return out;
    }

    private byte[] translateBody(Exchange e, IdMap ids) {
        if (e.requestBody().length == 0) {
            return e.requestBody();
        }
        String type = e.requestContentType() == null ? "" : e.requestContentType();
        String text = new String(e.requestBody(), StandardCharsets.UTF_8);
        if (type.contains("json")) {
            try {
                return Json.bytes(translateJson(Json.MAPPER.readTree(text), ids));
            } catch (IOException ex) {
                return e.requestBody();
            }
        }
        if (type.contains("x-www-form-urlencoded")) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            QueryStrings.parse(text).forEach((k, vs) -> form.put(k, vs.stream().map(v -> k.equals("token")
                    && e.vendor() == Vendor.SLACK ? world.slackToken(v) : ids.translate(v)).toList()));
            return encode(form).getBytes(StandardCharsets.UTF_8);
        }
        return e.requestBody();
    }

    private static JsonNode translateJson(JsonNode node, IdMap ids) {
        if (node.isTextual()) {
            return TextNode.valueOf(ids.translate(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode out = Json.object();
            node.fields().forEachRemaining(f -> out.set(f.getKey(), translateJson(f.getValue(), ids)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(n -> out.add(translateJson(n, ids)));
            return out;
        }
        return node;
    }

    private static String encode(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> sb.append(sb.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return sb.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
