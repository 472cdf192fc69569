package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.engine.judge.StateSource;
import dev.dtu.server.faults.FaultConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.universe.Settings;
import dev.dtu.server.universe.UniverseClock;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.server.universe.Universes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code dtu serve} running elsewhere (a sidecar, another machine), driven through its admin API
 * ({@code openapi/dtu-admin.yaml}): the same calls the embedded server answers in process.
 */
final class RemoteTwins implements TwinServer, Universes {
    /** The longest one waiting call asks the server for (the admin API allows 60 s). */
    private static final long LONGEST_WAIT_MS = 30_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String url;

    private RemoteTwins(String url) {
        this.url = url;
    }

    static RemoteTwins connect(String url) {
        String root = url.replaceAll("/+$", "");
        HttpCalls.Answer health = HttpCalls.send("GET", root + "/_dtu/health", null, Duration.ofSeconds(10));
        if (health.status() != 200 || !health.json().path("status").asText().equals("ok")) {
            throw new IllegalStateException("no DTU server answers at " + root + " (GET /_dtu/health: "
                    + (health.status() == 0 ? health.error() : health.status() + " " + health.body()) + ")");
        }
        return new RemoteTwins(root);
    }

    @Override
    public Universes universes() {
        return this;
    }

    @Override
    public String url() {
        return url;
    }

    private String universe(String id) {
        return adminUrl() + "/universes/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The answer's JSON; anything but a 2xx is the server refusing, and fails the caller with its words. */
    private static JsonNode call(String method, String target, JsonNode body, Duration timeout) {
        HttpCalls.Answer a = HttpCalls.send(method, target, body, timeout);
        if (!a.ok()) {
            throw new IllegalStateException(method + " " + target + ": "
                    + (a.status() == 0 ? a.error() : a.status() + " " + a.body()));
        }
        return a.body().isEmpty() ? Json.MAPPER.nullNode() : a.json();
    }

    private static JsonNode call(String method, String target, JsonNode body) {
        return call(method, target, body, TIMEOUT);
    }

    @Override
    public UniverseInfo create(String name, JsonNode seed) {
        ObjectNode body = Json.object().put("name", name);
        if (seed != null) {
            body.set("seed", seed);
        }
        return Json.convert(call("POST", adminUrl() + "/universes", body), UniverseInfo.class);
    }

    @Override
    public List<UniverseInfo> list() {
        List<UniverseInfo> out = new ArrayList<>();
        JsonNode all = call("GET", adminUrl() + "/universes", null);
        (all.isArray() ? all : all.path("universes")).forEach(u -> out.add(Json.convert(u, UniverseInfo.class)));
        return out;
    }

    @Override
    public UniverseInfo get(String id) {
        return Json.convert(call("GET", universe(id), null), UniverseInfo.class);
    }

    @Override
    public void delete(String id) {
        call("DELETE", universe(id), null);
    }

    @Override
    public String snapshot(String id) {
        return call("POST", universe(id) + "/snapshots", null).path("snapshot").asText();
    }

    @Override
    public void restore(String id, String snapshotId) {
        call("POST", universe(id) + "/restore", Json.object().put("snapshot", snapshotId));
    }

    @Override
    public UniverseInfo fork(String id, String name) {
        return Json.convert(call("POST", universe(id) + "/fork", Json.object().put("name", name)), UniverseInfo.class);
    }

    @Override
    public void reset(String id) {
        call("POST", universe(id) + "/reset", null);
    }

    @Override
    public JsonNode state(String id) {
        return call("GET", universe(id) + "/state", null);
    }

    @Override
    public List<JournalEntry> journal(String id, long after) {
        List<JournalEntry> out = new ArrayList<>();
        call("GET", universe(id) + "/journal?after=" + after, null).path("entries").forEach(e -> out.add(entry(e)));
        return out;
    }

    /** An entry back from the admin API's JSON (bodies that were JSON are shown as JSON there). */
    static JournalEntry entry(JsonNode shown) {
        ObjectNode e = shown.deepCopy();
        e.remove("atMs");
        for (String body : List.of("requestBody", "responseBody")) {
            JsonNode b = e.path(body);
            if (b.isContainerNode()) {
                e.put(body, Json.text(b));
            }
        }
        return Json.convert(e, JournalEntry.class);
    }

    @Override
    public FaultConfig faults(String id) {
        return Json.convert(call("GET", universe(id) + "/faults", null), FaultConfig.class);
    }

    @Override
    public void setFaults(String id, FaultConfig faults) {
        call("PUT", universe(id) + "/faults", Json.tree(faults));
    }

    @Override
    public Settings settings(String id) {
        return Json.convert(call("GET", universe(id) + "/settings", null), Settings.class);
    }

    @Override
    public void setSettings(String id, Settings settings) {
        call("PUT", universe(id) + "/settings", Json.tree(settings));
    }

    @Override
    public UniverseClock.Reading clock(String id) {
        return reading(call("GET", universe(id) + "/clock", null));
    }

    @Override
    public UniverseClock.Reading setClock(String id, ClockChange change) {
        ObjectNode body = Json.object();
        if (change.scale() != null) {
            body.put("scale", change.scale());
        }
        if (change.advance() != null) {
            body.put("advance", change.advance().toString());
        }
        if (change.at() != null) {
            body.put("at", change.at().toString());
        }
        return reading(call("PUT", universe(id) + "/clock", body));
    }

    private static UniverseClock.Reading reading(JsonNode clock) {
        return new UniverseClock.Reading(java.time.Instant.parse(clock.path("now").asText()),
                clock.path("scale").asDouble(), Duration.ofMillis(clock.path("offsetMs").asLong()));
    }

    @Override
    public void clearJournal(String universeId) {
        call("DELETE", universe(universeId) + "/journal", null);
    }

    @Override
    public long version(String universeId) {
        return call("GET", universe(universeId) + "/version", null).path("version").asLong();
    }

    @Override
    public long awaitChange(String universeId, long seen, long timeoutMillis) {
        long wait = Math.max(0, Math.min(timeoutMillis, LONGEST_WAIT_MS));
        return call("GET", universe(universeId) + "/version?after=" + seen + "&waitMs=" + wait, null,
                TIMEOUT.plusMillis(wait)).path("version").asLong();
    }

    @Override
    public boolean awaitQuiet(String universeId, long timeoutMillis) {
        long wait = Math.max(0, Math.min(timeoutMillis, LONGEST_WAIT_MS));
        return call("GET", universe(universeId) + "/quiet?waitMs=" + wait, null, TIMEOUT.plusMillis(wait))
                .path("quiet").asBoolean();
    }

    @Override
    public StateSource stateSource(String universeId) {
        return new JsonStateSource(state(universeId));
    }

    /** Nothing to stop: the server is someone else's; each lane deletes its own universe. */
    @Override
    public void close() {}
}
