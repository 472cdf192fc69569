package dev.dtu.bench.serving;

import dev.dtu.server.universe.UniverseRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Okta twin of the same server as {@link TwinTarget}, loaded with one resource's list and create, 1:1: a
 * declared resource (trusted origins, served by {@code dev.dtu.server.resource} from its YAML declaration) or a
 * hand-written one (groups, the twin's own routes and model). Every create names a new resource (both vendors'
 * names are unique), so the mix is long and each connection walks its own stretch of it.
 */
public final class OktaResourceTarget implements ServingTarget {
    /** Creates per run the mix holds before names would repeat (a repeat is a 400, counted as failed). */
    static final int CREATES = 64_000;

    private final TwinTarget twin;
    private final boolean declared;
    private final List<WireRequest> mix;

    private OktaResourceTarget(TwinTarget twin, boolean declared, int creates) {
        this.twin = twin;
        this.declared = declared;
        this.mix = build(creates);
    }

    static OktaResourceTarget declared(TwinTarget twin, boolean quick) {
        return new OktaResourceTarget(twin, true, quick ? 4_000 : CREATES);
    }

    static OktaResourceTarget handWritten(TwinTarget twin, boolean quick) {
        return new OktaResourceTarget(twin, false, quick ? 4_000 : CREATES);
    }

    private List<WireRequest> build(int creates) {
        String token = twin.server().universes().get(UniverseRegistry.DEFAULT).twins().get("okta").get("apiToken").asText();
        Map<String, String> auth = Map.of("Authorization", "SSWS " + token, "Accept", "application/json");
        String base = "/u/" + UniverseRegistry.DEFAULT + "/okta/api/v1/" + (declared ? "trustedOrigins" : "groups");
        int port = port();
        List<WireRequest> out = new ArrayList<>(2 * creates);
        WireRequest list = WireRequest.get("list", port, base + "?limit=20", auth);
        for (int i = 0; i < creates; i++) {
            String body = declared
                    ? "{\"name\":\"bench-" + i + "\",\"origin\":\"https://bench-" + i + ".example.com\",\"scopes\":[{\"type\":\"CORS\"}]}"
                    : "{\"profile\":{\"name\":\"bench-" + i + "\",\"description\":\"load\"}}";
            out.add(WireRequest.json("create", port, base, body.getBytes(StandardCharsets.UTF_8), auth));
            out.add(list);
        }
        return out;
    }

    @Override
    public List<WireRequest> mix() {
        return mix;
    }

    @Override
    public String name() {
        return declared ? "Okta declared (trustedOrigins)" : "Okta hand-written (groups)";
    }

    @Override
    public String description() {
        return (declared ? "declared resource" : "hand-written routes") + " of the same server: 1:1 create / list(limit=20)";
    }

    @Override
    public int port() {
        return twin.port();
    }

    /** Not a Slack mix: wrk never sends it. */
    @Override
    public SlackMix slackMix() {
        throw new UnsupportedOperationException("an Okta mix");
    }

    @Override
    public String apiPrefix() {
        return "/u/" + UniverseRegistry.DEFAULT + "/okta/api/v1/";
    }

    @Override
    public void reset() {
        twin.reset();
    }

    @Override
    public void close() {
        // the server is the Slack twin target's
    }
}
