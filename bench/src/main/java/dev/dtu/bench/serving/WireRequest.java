package dev.dtu.bench.serving;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One HTTP/1.1 request, serialised once and sent many times on a keep-alive connection. */
public record WireRequest(String label, byte[] bytes) {

    public static WireRequest get(String label, int port, String path, Map<String, String> headers) {
        return of(label, "GET", port, path, null, new byte[0], headers);
    }

    public static WireRequest json(String label, int port, String path, byte[] body, Map<String, String> headers) {
        return of(label, "POST", port, path, "application/json", body, headers);
    }

    private static WireRequest of(String label, String method, int port, String path, String type, byte[] content,
                                  Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n").append("Content-Length: ").append(content.length)
                    .append("\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return new WireRequest(label, all);
    }

    public static WireRequest form(String label, int port, String path, String body, Map<String, String> headers) {
        return of(label, "POST", port, path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                headers);
    }
}
