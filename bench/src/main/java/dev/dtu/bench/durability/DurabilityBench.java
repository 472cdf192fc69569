package dev.dtu.bench.durability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.bench.serving.LoadGenerator;
import dev.dtu.bench.serving.LoadResult;
import dev.dtu.bench.serving.Setup;
import dev.dtu.bench.serving.SlackMix;
import dev.dtu.bench.serving.WireRequest;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Durability cost: chat.postMessage writes/s with --data-dir against in memory (each in its own child process,
 * interleaved), then a SIGKILL in the middle of a durable write load and a restart that must still hold every
 * acknowledged message.
 */
public final class DurabilityBench {
    private static final String API = "/u/default/slack/api/";

    private final boolean quick;

    public DurabilityBench(boolean quick) {
        this.quick = quick;
    }

    public BenchResult run() throws Exception {
        int connections = quick ? 8 : 64;
        int rounds = quick ? 1 : 2;
        LoadGenerator.Plan plan = new LoadGenerator.Plan(connections, Duration.ofSeconds(quick ? 1 : 8),
                Duration.ofSeconds(quick ? 1 : 5));
        LoadResult memory = null;
        LoadResult durable = null;
        for (int round = 0; round < rounds; round++) {
            memory = merge(memory, writes(null, plan));
            Path dir = Files.createTempDirectory("dtu-bench-durable");
            durable = merge(durable, writes(dir, plan));
        }
        KillCheck kill = killAndRestart(connections);
        return report(memory, durable, kill, connections);
    }

    private static LoadResult merge(LoadResult a, LoadResult b) {
        return a == null ? b : a.plus(b);
    }

    private static LoadResult writes(Path dir, LoadGenerator.Plan plan) throws Exception {
        try (ChildServer child = ChildServer.start(dir)) {
            return new LoadGenerator(child.port, List.of(post(child)), LoadGenerator.Listener.NONE).run(plan);
        }
    }

    private static WireRequest post(ChildServer child) {
        return new SlackMix(child.channel, child.token).requests(child.port, API).get(0);
    }

    record KillCheck(int acknowledged, int lost, int found, double killedAfterSeconds) {}

    private KillCheck killAndRestart(int connections) throws Exception {
        Path dir = Files.createTempDirectory("dtu-bench-kill");
        Acknowledged acked = new Acknowledged();
        double killAfter = quick ? 1.0 : 2.5;
        try (ChildServer child = ChildServer.start(dir)) {
            LoadGenerator load = new LoadGenerator(child.port, List.of(post(child)), acked);
            Thread killer = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep((long) (killAfter * 1000) + 500);
                    child.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            load.run(new LoadGenerator.Plan(connections, Duration.ofMillis(500), Duration.ofSeconds((long) killAfter + 1)));
            killer.join();
        }
        try (ChildServer restarted = ChildServer.start(dir)) {
            Set<String> stored = history(restarted);
            Set<String> lost = new HashSet<>(acked.ts);
            lost.removeAll(stored);
            return new KillCheck(acked.ts.size(), lost.size(), stored.size(), killAfter);
        }
    }

    /** Every message ts in the channel after the restart, read page by page. */
    private static Set<String> history(ChildServer s) {
        Set<String> out = new HashSet<>();
        String cursor = "";
        String url = "http://127.0.0.1:" + s.port + API + "conversations.history";
        do {
            JsonNode page = Json.parse(Setup.postForm(url, s.token, "channel=" + s.channel + "&limit=1000&cursor="
                    + cursor).getBytes(StandardCharsets.UTF_8));
            page.path("messages").forEach(m -> out.add(m.path("ts").asText()));
            cursor = page.path("response_metadata").path("next_cursor").asText("");
        } while (!cursor.isEmpty());
        return out;
    }

    private BenchResult report(LoadResult memory, LoadResult durable, KillCheck kill, int connections) {
        BenchResult r = BenchResult.start("durability", "Durability cost: --data-dir vs in memory", quick);
        Table t = Table.of(connections + " connections of chat.postMessage only, each server in its own process, "
                + "interleaved, " + (quick ? "" : "8 s warm-up then 5 s measured per round, 2 rounds"), "server", "writes/s", "p50", "p99", "failed", "vs in memory");
        t.row("in memory", Fmt.num(memory.throughput()), ms(memory, 50), ms(memory, 99), memory.failures(), "100%");
        t.row("--data-dir (H2)", Fmt.num(durable.throughput()), ms(durable, 50), ms(durable, 99), durable.failures(),
                Fmt.pct(durable.throughput() / memory.throughput()));
        r.table(t);
        Table k = Table.of("Kill -9 during durable writes, then restart", "acknowledged", "found after restart", "lost");
        k.row(kill.acknowledged(), kill.found(), kill.lost());
        r.table(k);
        double ratio = durable.throughput() / memory.throughput();
        r.target("durable writes/s", "≥ 30% of in memory", Fmt.pct(ratio), ratio >= 0.30)
                .target("acknowledged writes lost after kill -9", "0", String.valueOf(kill.lost()),
                        kill.lost() == 0 && kill.acknowledged() > 0);
        r.put("memoryWritesPerSec", memory.throughput()).put("durableWritesPerSec", durable.throughput())
                .put("acknowledged", kill.acknowledged()).put("lost", kill.lost());
        r.note("the kill is SIGKILL (Process.destroyForcibly) " + kill.killedAfterSeconds()
                + " s into the write load; found counts the channel's messages after restart (seeded ones included)");
        return r;
    }

    private static String ms(LoadResult r, double p) {
        return Fmt.num(r.percentileMillis(p)) + " ms";
    }
}
