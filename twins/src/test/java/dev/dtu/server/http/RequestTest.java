package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {
    private static Request request(Map<String, List<String>> query, Map<String, List<String>> headers, String body) {
        return new Request("POST", "/x", query, headers, body.getBytes(StandardCharsets.UTF_8), "http://127.0.0.1");
    }

    @Test
    void theSecretsARequestPresentsInEachVendorsScheme() {
        assertEquals(List.of("xoxb-1"), request(Map.of(), Map.of("authorization", List.of("Bearer xoxb-1")), "")
                .presentedSecrets());
        assertEquals(List.of("00abc"), request(Map.of(), Map.of("authorization", List.of("SSWS 00abc")), "")
                .presentedSecrets());
        String basic = Base64.getEncoder().encodeToString("ada@example.com:ATATT3x:y".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(basic, "ada@example.com", "ATATT3x:y"),
                request(Map.of(), Map.of("authorization", List.of("Basic " + basic)), "").presentedSecrets());
        assertEquals(List.of("xoxp-2", "xoxb-3"), request(Map.of("token", List.of("xoxp-2")),
                Map.of("content-type", List.of("application/x-www-form-urlencoded; charset=utf-8")),
                "channel=C1&token=xoxb-3").presentedSecrets());
        assertEquals(List.of("%%%"), request(Map.of(), Map.of("authorization", List.of("Basic %%%")),
                "token=not-a-form").presentedSecrets(), "undecodable Basic presents only itself; a body not sent as a form has no fields");
    }
}
