package dev.dtu.engine.sweep;

import dev.dtu.engine.run.AppInstance;
import dev.dtu.engine.run.Lane;
import dev.dtu.engine.run.TwinServer;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lanes shared by every scenario that runs the same app on the same world: starting an app is the slowest
 * thing a sweep does, so a suite of scenarios for one app starts it once per lane, not once per scenario.
 * Each trajectory rewinds its lane anyway (app reset, universe restored to the lane's snapshot).
 */
final class LanePool implements AutoCloseable {
    private static final int STARTS_AT_ONCE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final TwinServer twins;
    private final int parallel;
    private final Progress progress;
    private final double timeScale;
    private final Map<Key, LaneGroup> open = new HashMap<>();
    private final Map<Key, AppInstance.AppFailure> failed = new HashMap<>();

    /** What makes two scenarios' lanes interchangeable. */
    private record Key(List<String> command, String url, Path workdir, Map<String, String> env, String readyPath,
                       String resetPath, List<Step.Act> connect, String seed, boolean fakeTime) {
        static Key of(Scenario s, double timeScale) {
            Scenario.AppSpec a = s.app();
            return new Key(a.command(), a.url(), a.workdir(), a.env(), a.readyPath(), a.resetPath(), a.connect(),
                    s.seed() == null ? "default" : s.seed().raw().toString(), Lane.needsFakeTime(s, timeScale));
        }
    }

    LanePool(TwinServer twins, int parallel, Progress progress) {
        this(twins, parallel, progress, 1);
    }

    LanePool(TwinServer twins, int parallel, Progress progress, double timeScale) {
        this.twins = twins;
        this.parallel = parallel;
        this.progress = progress;
        this.timeScale = timeScale;
    }

    /** The lanes for this scenario, opened (in parallel) the first time its app and world are needed. */
    synchronized LaneGroup lanes(Scenario scenario) {
        Key key = Key.of(scenario, timeScale);
        if (failed.containsKey(key)) {
            throw failed.get(key);
        }
        LaneGroup group = open.get(key);
        if (group == null) {
            try {
                int number = open.size();
                group = new LaneGroup(openLanes(scenario, scenario.app().url() != null ? 1 : parallel, number),
                        "lane-group-" + number);
            } catch (AppInstance.AppFailure e) {
                failed.put(key, e);
                throw e;
            }
            open.put(key, group);
            if (scenario.app().url() != null && (scenario.timeScale(timeScale) != 1 || scenario.movesTime())) {
                progress.message(scenario.id() + ": the app at " + scenario.app().url() + " was not started by the engine, "
                        + "so it keeps real time: its universe runs at rate 1, and advance/at steps move the twins' clock only");
            }
        }
        return group;
    }

    /**
     * Opens the lanes a few at a time (two per core: starting dozens of JVMs at once on two cores makes each
     * miss its readiness timeout). Lanes that fail to start are left out when others did start; only when none
     * starts is it the app's failure.
     */
    private List<Lane> openLanes(Scenario scenario, int count, int group) {
        ExecutorService starter = Executors.newFixedThreadPool(Math.min(count, STARTS_AT_ONCE));
        List<Future<Lane>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "lane-" + group + "-" + i;
            boolean fakeTime = key(scenario).fakeTime();
            futures.add(starter.submit(() -> Lane.open(twins, scenario, name, fakeTime)));
        }
        starter.shutdown();
        List<Lane> lanes = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (Future<Lane> f : futures) {
            try {
                lanes.add(f.get());
            } catch (ExecutionException e) {
                failures.add(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new IllegalStateException("interrupted while starting the app", e));
            }
        }
        if (lanes.isEmpty()) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            progress.message(failures.size() + " of " + count + " lanes did not start and are left out: "
                    + failures.get(0).getMessage());
        }
        return lanes;
    }

    private Key key(Scenario scenario) {
        return Key.of(scenario, timeScale);
    }

    @Override
    public synchronized void close() {
        open.values().forEach(LaneGroup::close);
        open.clear();
    }
}
