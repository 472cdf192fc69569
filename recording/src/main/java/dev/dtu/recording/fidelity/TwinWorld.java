package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.twins.Twins;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A DTU server in this process with one universe made from the seed: what recordings are replayed against. */
final class TwinWorld implements AutoCloseable {
    private final DtuServer server;
    private UniverseInfo universe;
    private int made = 1;

    private TwinWorld(DtuServer server, UniverseInfo universe) {
        this.server = server;
        this.universe = universe;
    }

    /** @param port where the twins listen on 127.0.0.1 (0: a free port) */
    static TwinWorld start(ObjectNode seed, int port) {
        DtuServer server;
        try {
            server = new DtuServer(ServerConfig.inMemory("127.0.0.1", port), Twins.all()).start();
        } catch (RuntimeException e) {
            throw new RecordingException(firstLine(e.getMessage()), e);
        }
        try {
            return new TwinWorld(server, server.universes().create("fidelity", seed));
        } catch (RuntimeException e) {
            server.close();
            throw new RecordingException("the seed is not valid: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("no reason given");
    }

    /** Replaces the universe with a fresh one made from this seed (the next session's world). */
    void fresh(ObjectNode seed) {
        String old = universe.id();
        try {
            universe = server.universes().create("fidelity-" + ++made, seed);
        } catch (RuntimeException e) {
            throw new RecordingException("the seed is not valid: " + firstLine(e.getMessage()), e);
        }
        server.universes().delete(old);
    }

    int port() {
        return server.port();
    }

    private JsonNode twin(Vendor v) {
        return universe.twins().path(v.twin());
    }

    /** The URL the recorded paths go below. */
    String root(Vendor v) {
        String url = switch (v) {
            case SLACK -> twin(v).path("baseUrl").asText().replaceAll("/api/?$", "");
            case OKTA -> twin(v).path("orgUrl").asText();
            case JIRA -> twin(v).path("baseUrl").asText();
            case GOOGLE -> twin(v).path("rootUrl").asText();
        };
        return url.replaceAll("/+$", "");
    }

    /** The twin's credential of the kind the recorded request used (Slack: a user token for xoxp-, else the bot's). */
    String slackToken(String recordedCredential) {
        boolean user = recordedCredential != null && recordedCredential.contains("xoxp-");
        return twin(Vendor.SLACK).path(user ? "userToken" : "botToken").asText();
    }

    String authorization(Vendor v, String recordedCredential) {
        JsonNode t = twin(v);
        return switch (v) {
            case SLACK -> "Bearer " + slackToken(recordedCredential);
            case OKTA -> "SSWS " + t.path("apiToken").asText();
            case JIRA -> "Basic " + Base64.getEncoder().encodeToString((t.path("email").asText() + ":"
                    + t.path("apiToken").asText()).getBytes(StandardCharsets.UTF_8));
            case GOOGLE -> "Bearer " + t.path("accessToken").asText();
        };
    }

    Twin twinOf(Vendor v) {
        return server.universes().twins().stream().filter(t -> t.name().equals(v.twin())).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        server.close();
    }
}
