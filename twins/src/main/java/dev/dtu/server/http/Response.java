package dev.dtu.server.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One HTTP response a twin or the admin API produces; immutable apart from {@link #header}. */
public final class Response {
    public static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private boolean dropConnection;

    public Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    public static Response json(int status, Object value) {
        return new Response(status, JSON, Json.bytes(value));
    }

    public static Response text(int status, String contentType, String text) {
        return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Response empty(int status) {
        return new Response(status, null, new byte[0]);
    }

    /** A response that closes the connection without answering (a fault). */
    public static Response drop() {
        Response r = empty(0);
        r.dropConnection = true;
        return r;
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        repeated.remove(name);
        return this;
    }

    /** Adds one more line of a header sent several times (Okta sends one {@code Link} line per rel). */
    public Response addHeader(String name, String value) {
        if (headers.putIfAbsent(name, value) != null) {
            repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return this;
    }

    /** The further lines of headers added more than once, after the first one in {@link #headers()}. */
    public Map<String, List<String>> repeatedHeaders() {
        return repeated;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public boolean dropsConnection() {
        return dropConnection;
    }
}
