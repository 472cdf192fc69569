package dev.dtu.bench.serving;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One HTTP/1.1 request, serialised once and sent many times on a keep-alive connection. */
public record WireRequest(String label, byte[] bytes) {

    public static WireRequest form(String label, int port, String path, String body, Map<String, String> headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Content-Type: application/x-www-form-urlencoded\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return new WireRequest(label, all);
    }
}
