package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import dev.dtu.engine.world.Template;
import dev.dtu.server.universe.UniverseInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One app instance with its own universe. The lane's universe is set up once (the app connected to the
 * twins) and snapshotted; every trajectory starts by restoring that snapshot, so it starts from the same
 * world with the same credentials the app was started with.
 */
public final class Lane implements AutoCloseable {
    private final TwinServer twins;
    private final String universeId;
    private final AppInstance app;
    private final String snapshot;

    private Lane(TwinServer twins, String universeId, AppInstance app, String snapshot) {
        this.twins = twins;
        this.universeId = universeId;
        this.app = app;
        this.snapshot = snapshot;
    }

    public static Lane open(TwinServer twins, Scenario scenario, String name) {
        UniverseInfo universe = twins.universes().create(name, scenario.seed() == null ? null : scenario.seed().raw());
        try {
            int port = AppInstance.freePort();
            Map<String, String> env = AppEnvironment.of(universe, twins.adminUrl(), port);
            Map<String, JsonNode> builtIns = builtIns("http://127.0.0.1:" + port, universe.id(), 0);
            scenario.app().env().forEach((k, v) -> env.put(k, Template.fillString(v, builtIns)));
            AppInstance app = AppInstance.start(withCommand(scenario.app(), builtIns), env);
            Map<String, JsonNode> connected = builtIns(app.url(), universe.id(), 0);
            for (Step.Act act : scenario.app().connect()) {
                HttpCalls.Answer a = twins.act(universe.id(), act.twin(), act.method(), Template.fillString(act.path(), connected),
                        Template.fill(act.body(), connected));
                if (!a.ok()) {
                    app.close();
                    throw new AppInstance.AppFailure("app.connect " + act.label() + " failed: " + a.status() + " " + a.body());
                }
            }
            return new Lane(twins, universe.id(), app, twins.universes().snapshot(universe.id()));
        } catch (RuntimeException e) {
            twins.universes().delete(universe.id());
            throw e;
        }
    }

    private static Scenario.AppSpec withCommand(Scenario.AppSpec spec, Map<String, JsonNode> vars) {
        java.util.List<String> command = spec.command().stream().map(c -> Template.fillString(c, vars)).toList();
        return new Scenario.AppSpec(command, spec.url(), spec.workdir(), spec.env(), spec.readyPath(),
                spec.readyTimeoutSeconds(), spec.resetPath(), spec.connect());
    }

    static Map<String, JsonNode> builtIns(String appUrl, String universeId, long seed) {
        Map<String, JsonNode> vars = new HashMap<>();
        vars.put("app_url", TextNode.valueOf(appUrl));
        vars.put("universe_id", TextNode.valueOf(universeId));
        vars.put("trajectory_seed", LongNode.valueOf(seed));
        vars.put("java", TextNode.valueOf(javaBinary()));
        return vars;
    }

    /** The java running dtu, so scenarios can start Java apps without relying on the PATH. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Back to the lane's starting world: state restored, journal emptied, faults cleared and settings back
     * to their defaults (a lane serves many scenarios; one's rate limits must not leak into the next).
     */
    void rewind() {
        twins.universes().restore(universeId, snapshot);
        twins.clearJournal(universeId);
        twins.universes().setFaults(universeId, dev.dtu.server.faults.FaultConfig.NONE);
        twins.universes().setSettings(universeId, dev.dtu.server.universe.Settings.DEFAULT);
    }

    /** Asks the app to forget the last trajectory, when the scenario says how. */
    HttpCalls.Answer resetApp(String path) {
        return HttpCalls.send("POST", app.url() + path, null, Duration.ofSeconds(10));
    }

    public String universeId() {
        return universeId;
    }

    public AppInstance app() {
        return app;
    }

    TwinServer twins() {
        return twins;
    }

    @Override
    public void close() {
        app.close();
        twins.universes().delete(universeId);
    }
}
