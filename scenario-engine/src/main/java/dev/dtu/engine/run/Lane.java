package dev.dtu.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import dev.dtu.engine.world.Template;
import dev.dtu.server.universe.UniverseClock;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.server.universe.Universes;
import java.time.Instant;
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
    /** The app's clock file, when the app runs under libfaketime; null when its clock is real time. */
    private final AppClock appClock;

    private Lane(TwinServer twins, String universeId, AppInstance app, String snapshot, AppClock appClock) {
        this.twins = twins;
        this.universeId = universeId;
        this.app = app;
        this.snapshot = snapshot;
        this.appClock = appClock;
    }

    public static Lane open(TwinServer twins, Scenario scenario, String name) {
        return open(twins, scenario, name, false);
    }

    /**
     * Whether a scenario's app is started under libfaketime at this sweep rate: when its clock runs at a rate or a
     * step moves it, and the engine starts the app (an app given as a URL keeps its own, real, clock).
     */
    public static boolean needsFakeTime(Scenario scenario, double sweepScale) {
        return scenario.app().url() == null && (scenario.timeScale(sweepScale) != 1 || scenario.movesTime());
    }

    /** @param fakeTime start the app under libfaketime, its clock following the universe's */
    public static Lane open(TwinServer twins, Scenario scenario, String name, boolean fakeTime) {
        UniverseInfo universe = twins.universes().create(name, scenario.seed() == null ? null : scenario.seed().raw());
        AppClock appClock = null;
        try {
            int port = AppInstance.freePort();
            Map<String, String> env = AppEnvironment.of(universe, twins.adminUrl(), port);
            Map<String, JsonNode> builtIns = builtIns("http://127.0.0.1:" + port, universe.id(), 0);
            scenario.app().env().forEach((k, v) -> env.put(k, Template.fillString(v, builtIns)));
            if (fakeTime) {
                java.nio.file.Path library = FakeTime.library();
                appClock = AppClock.start(twins.universes().clock(universe.id()));
                env.putAll(FakeTime.env(library, appClock.file(), env.getOrDefault("LD_PRELOAD", System.getenv("LD_PRELOAD"))));
            }
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
            return new Lane(twins, universe.id(), app, twins.universes().snapshot(universe.id()), appClock);
        } catch (RuntimeException e) {
            if (appClock != null) {
                appClock.close();
            }
            twins.universes().delete(universe.id());
            throw e;
        }
    }

    /**
     * Changes the universe's clock and the app's with it. The app reads its clock file within a second
     * ({@link AppClock#awaitRead}), and its clock must never run back. A jump reaches the app first: its file is
     * written, the engine waits until the app reads it, then the universe jumps to the time the app shows, so what the
     * jump sets off in the twins (a delivery signed with the new time) never reaches an app still at the old one. A
     * new rate starts in the universe at once and in the app within that second (until then it runs behind, then
     * steps forward), and the trajectory goes on once the two agree.
     */
    UniverseClock.Reading moveClock(Universes.ClockChange change) {
        boolean jump = change.advance() != null || change.at() != null;
        UniverseClock.Reading before = twins.universes().clock(universeId);
        if (appClock == null || !jump && (change.scale() == null || change.scale() == before.scale())) {
            return twins.universes().setClock(universeId, change);
        }
        if (!jump) {
            appClock.follow(twins.universes().setClock(universeId, change));
            AppClock.awaitRead();
            return twins.universes().clock(universeId);
        }
        Instant real = before.now().minus(before.offset());
        Instant target = change.at() != null ? change.at() : before.now().plus(change.advance());
        double scale = change.scale() != null ? change.scale() : before.scale();
        appClock.follow(new UniverseClock.Reading(target, scale, Duration.between(real, target)));
        AppClock.awaitRead();
        long sinceNanos = Math.round(Duration.between(real, Instant.now()).toNanos() * scale);
        return twins.universes().setClock(universeId, new Universes.ClockChange(change.scale(), null,
                target.plusNanos(sinceNanos)));
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
        return callApp("POST", app.url() + path, Map.of(), null, Duration.ofSeconds(10));
    }

    /**
     * A request to the app. An app under libfaketime closes idle keep-alive connections K times sooner in real time
     * (Node's 5 s keepAliveTimeout is half a second at a rate of 10, and after a jump of its clock every connection
     * is an hour idle), so a request sent on the engine's pooled connection can meet the app closing it: with no
     * answer at all it is sent once more, on a new connection.
     */
    HttpCalls.Answer callApp(String method, String url, Map<String, String> headers, JsonNode body, Duration timeout) {
        HttpCalls.Answer answer = HttpCalls.send(method, url, headers, body, timeout);
        if (answer.status() == 0 && appClock != null) {
            answer = HttpCalls.send(method, url, headers, body, timeout);
        }
        return answer;
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
        if (appClock != null) {
            appClock.close();
        }
        twins.universes().delete(universeId);
    }
}
