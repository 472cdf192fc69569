package dev.dtu.twins.slack.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.universe.Universe;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's url_verification handshake (https://api.slack.com/events/url_verification): before events
 * go to a request URL, the app must echo a challenge. Results are remembered per universe and URL; a
 * failed handshake is tried again with the next event.
 */
final class UrlVerification {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CompletableFuture<Boolean>> verified = new ConcurrentHashMap<>();

    CompletableFuture<Boolean> ensure(Universe u, String url) {
        String key = u.id() + "|" + url;
        CompletableFuture<Boolean> result = verified.computeIfAbsent(key, k -> handshake(u, url));
        result.thenAccept(ok -> {
            if (!ok) {
                verified.remove(key, result);
            }
        });
        return result;
    }

    /** Runs a fresh handshake (the app config changed) and remembers its outcome. */
    CompletableFuture<Boolean> verifyNow(Universe u, String url) {
        CompletableFuture<Boolean> result = handshake(u, url);
        verified.put(u.id() + "|" + url, result);
        return result;
    }

    private CompletableFuture<Boolean> handshake(Universe u, String url) {
        String challenge = CredentialSpec.alnum(random, 48);
        ObjectNode body = Json.object();
        body.put("token", Secrets.verificationToken(u)).put("challenge", challenge).put("type", "url_verification");
        return u.deliveries().send(u, SignedPost.of(u, Secrets.signingSecret(u), "url_verification", url,
                        "application/json", Json.bytes(body), List.of()))
                .thenApply(result -> echoed(result, challenge));
    }

    private static boolean echoed(DeliveryResult result, String challenge) {
        if (!result.delivered() || result.responseBody() == null) {
            return false;
        }
        String text = result.responseBody().trim();
        if (text.equals(challenge)) {
            return true;
        }
        try {
            JsonNode json = Json.parse(text.getBytes(StandardCharsets.UTF_8));
            return challenge.equals(json.path("challenge").asText(null));
        } catch (Json.MalformedJsonException e) {
            return false;
        }
    }
}
