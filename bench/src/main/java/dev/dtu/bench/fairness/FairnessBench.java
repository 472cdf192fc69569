package dev.dtu.bench.fairness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.StorageQuota;
import dev.dtu.twins.Twins;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * Fairness (issue 15): while worst-case requests run against one universe, how long do the health check and a
 * request of another universe take, as a ratio to the same requests on an idle server? One attacker thread per
 * family sends its worst case in a loop: a body just under the limit to parse (Jira), a gzip bomb (Google), a
 * multipart upload with a long boundary (Drive, whose uploads are stored), a large unauthenticated body (Slack).
 * Idle and loaded phases take turns, three rounds, so a shared machine's drift weighs on both alike. The same is
 * then measured on a server without a storage quota, the way the server was before it, as the peer of the fix.
 */
public final class FairnessBench {
    private final boolean quick;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public FairnessBench(boolean quick) {
        this.quick = quick;
    }

    record Probe(String name, HttpRequest request) {}

    record Attack(String name, HttpRequest request) {}

    /** What one server configuration measured: probe latencies per phase and round, and what the attack left. */
    record Run(String label, long[][][] idle, long[][][] loaded, Map<String, Map<Integer, Integer>> outcomes,
               long gcMillisIdle, long gcMillisLoaded, long victimStored, long heapAfter) {}

    public BenchResult run() throws Exception {
        String loadBefore = loadAverage();
        long maxBody = 10L << 20;
        Run quota = measureServer("storage quota on (default: " + (StorageQuota.DEFAULT_PER_UNIVERSE >> 20)
                + " MiB a universe)", new ServerConfig("127.0.0.1", 0, null, 64, maxBody)
                .withStorage(StorageQuota.fromEnvironment()), maxBody, rounds());
        System.out.println(report(quota, null).markdown()); // kept even if the peer below exhausts the heap
        // The peer fills the heap as fast as the attack uploads, so it runs one round only.
        Run unbounded = quick ? null : measureServer("storage quota off (as before)",
                new ServerConfig("127.0.0.1", 0, null, 64, maxBody)
                        .withStorage(new StorageQuota(Long.MAX_VALUE, Long.MAX_VALUE)), maxBody, 1);
        return report(quota, unbounded)
                .note("Load average before the run: " + loadBefore + ", after: " + loadAverage()
                        + " (other processes on the machine count too: on a shared machine only ratios measured in "
                        + "the same run compare).");
    }

    /** Idle and loaded phases taken in turn, {@code rounds} times, on a fresh server. */
    private Run measureServer(String label, ServerConfig config, long maxBody, int rounds) throws Exception {
        try (DtuServer server = new DtuServer(config, Twins.all()).start()) {
            String url = server.url();
            JsonNode victim = create(url, "victim");
            JsonNode bystander = create(url, "bystander");
            List<Probe> probes = probes(url, bystander);
            List<Attack> attacks = attacks(url, victim, (int) maxBody);
            int samples = quick ? 20 : 200;
            measure(probes, samples / 4); // warm-up
            Map<String, Map<Integer, Integer>> outcomes = new java.util.LinkedHashMap<>();
            attacks.forEach(a -> outcomes.put(a.name(), new java.util.concurrent.ConcurrentSkipListMap<>()));
            long[][][] idle = new long[rounds][][];
            long[][][] loaded = new long[rounds][][];
            long gcIdle = 0;
            long gcLoaded = 0;
            for (int round = 0; round < rounds; round++) {
                long gc = gcMillis();
                idle[round] = measure(probes, samples);
                gcIdle += gcMillis() - gc;
                AtomicBoolean running = new AtomicBoolean(true);
                List<Thread> attackers = new ArrayList<>();
                for (Attack a : attacks) {
                    attackers.add(Thread.ofPlatform().name("attack-" + a.name()).start(() -> {
                        while (running.get()) {
                            outcomes.get(a.name()).merge(send(a.request()), 1, Integer::sum);
                        }
                    }));
                }
                Thread.sleep(quick ? 200 : 2_000);
                gc = gcMillis();
                loaded[round] = measure(probes, samples);
                gcLoaded += gcMillis() - gc;
                running.set(false);
                for (Thread t : attackers) {
                    t.join(30_000);
                }
            }
            long stored = server.universes().require(victim.path("id").asText()).state().storedBytes();
            System.gc();
            java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean()
                    .getHeapMemoryUsage();
            return new Run(label, idle, loaded, outcomes, gcIdle, gcLoaded, stored, heap.getUsed());
        }
    }

    private int rounds() {
        return quick ? 1 : 3;
    }

    /** Milliseconds every collector of this JVM has spent collecting so far (server and clients share it). */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private JsonNode create(String url, String name) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/_dtu/universes"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.parse(r.body().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Probe> probes(String url, JsonNode bystander) {
        JsonNode slack = bystander.path("twins").path("slack");
        return List.of(
                new Probe("health check", HttpRequest.newBuilder(URI.create(url + "/_dtu/health")).GET().build()),
                new Probe("bystander Slack auth.test", HttpRequest.newBuilder(URI.create(slack.path("baseUrl").asText()
                        + "auth.test")).header("Authorization", "Bearer " + slack.path("botToken").asText())
                        .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    private List<Attack> attacks(String url, JsonNode victim, int maxBody) throws IOException {
        JsonNode jira = victim.path("twins").path("jira");
        String basic = java.util.Base64.getEncoder().encodeToString((jira.path("email").asText() + ":"
                + jira.path("apiToken").asText()).getBytes(StandardCharsets.UTF_8));
        byte[] big = ("{\"fields\":{\"summary\":\"x\",\"description\":\"" + "a".repeat(maxBody - 200) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] slack = ("text=" + "z".repeat(9 << 20)).getBytes(StandardCharsets.UTF_8);
        String google = victim.path("twins").path("google").path("accessToken").asText();
        String boundary = "b".repeat(70);
        byte[] multipart = ("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n{\"name\":\"f\"}\r\n--" + boundary
                + "\r\nContent-Type: text/plain\r\n\r\n" + "-".repeat(maxBody - 400) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return List.of(
                new Attack("Jira: 10 MiB issue body", HttpRequest.newBuilder(URI.create(jira.path("baseUrl").asText()
                        + "/rest/api/3/issue")).header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build()),
                new Attack("Google: 1 GiB gzip bomb", HttpRequest.newBuilder(URI.create(url + "/v4/spreadsheets"))
                        .header("Authorization", "Bearer " + google).header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bomb(quick ? 64 : 1024))).build()),
                new Attack("Drive: 10 MiB multipart of near-boundaries", HttpRequest.newBuilder(URI.create(url
                        + "/upload/drive/v3/files?uploadType=multipart")).header("Authorization", "Bearer " + google)
                        .header("Content-Type", "multipart/related; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)).build()),
                new Attack("Slack: 9 MiB without a token", HttpRequest.newBuilder(URI.create(url
                        + "/u/" + victim.path("id").asText() + "/slack/api/chat.postMessage"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(slack)).build()));
    }

    /** Zeros gzipped: {@code mib} MiB inflated, about a thousandth of that on the wire. */
    private static byte[] bomb(int mib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mib; i++) {
                z.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** Latencies in microseconds, one probe after another, per probe. */
    private long[][] measure(List<Probe> probes, int samples) {
        long[][] out = new long[probes.size()][samples];
        for (int i = 0; i < samples; i++) {
            for (int p = 0; p < probes.size(); p++) {
                long start = System.nanoTime();
                send(probes.get(p).request());
                out[p][i] = (System.nanoTime() - start) / 1_000;
            }
        }
        return out;
    }

    private int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long[] merged(long[][][] rounds, int probe) {
        return java.util.Arrays.stream(rounds).flatMapToLong(r -> java.util.Arrays.stream(r[probe])).toArray();
    }

    private BenchResult report(Run quota, Run unbounded) {
        BenchResult r = BenchResult.start("fairness", "Fairness: health checks and a bystander universe under worst-case requests", quick);
        List<String> names = List.of("health check", "bystander Slack auth.test");
        int samples = quota.idle()[0][0].length;
        Table t = Table.of("Latency, idle against while one thread per family sends its worst case to another universe ("
                + "rounds of " + samples + " samples per phase, idle and loaded in turn; the peer without quota one round)",
                "server", "probe", "idle p50", "idle p99", "loaded p50", "loaded p99", "p99 ratio");
        Table perRound = Table.of("Loaded/idle p99 ratio per round (each round's phases a few seconds apart)",
                "server", "probe", "round", "idle p99", "loaded p99", "ratio");
        for (Run run : unbounded == null ? List.of(quota) : List.of(quota, unbounded)) {
            for (int p = 0; p < names.size(); p++) {
                double idle99 = percentile(merged(run.idle(), p), 0.99);
                double loaded99 = percentile(merged(run.loaded(), p), 0.99);
                t.row(run.label(), names.get(p), Fmt.micros(percentile(merged(run.idle(), p), 0.5)), Fmt.micros(idle99),
                        Fmt.micros(percentile(merged(run.loaded(), p), 0.5)), Fmt.micros(loaded99),
                        Fmt.ratio(loaded99 / Math.max(1, idle99)));
                for (int round = 0; round < run.idle().length; round++) {
                    double i99 = percentile(run.idle()[round][p], 0.99);
                    double l99 = percentile(run.loaded()[round][p], 0.99);
                    perRound.row(run.label(), names.get(p), round + 1, Fmt.micros(i99), Fmt.micros(l99),
                            Fmt.ratio(l99 / Math.max(1, i99)));
                }
                if (run == quota) {
                    r.target(names.get(p) + " p99 under load", "≤ 100 ms", Fmt.micros(loaded99), loaded99 <= 100_000);
                    r.put(names.get(p).replace(' ', '_') + "_p99_us", Map.of("idle", idle99, "loaded", loaded99));
                } else {
                    r.put(names.get(p).replace(' ', '_') + "_p99_us_without_quota", Map.of("idle", idle99, "loaded", loaded99));
                }
            }
        }
        r.table(t);
        r.table(perRound);
        Table left = Table.of("What the attack left behind", "server", "attacks answered (status × count)",
                "victim's stored bytes", "GC time idle / loaded", "heap used after the run (after System.gc)");
        for (Run run : unbounded == null ? List.of(quota) : List.of(quota, unbounded)) {
            left.row(run.label(), String.join("; ", run.outcomes().entrySet().stream().map(e -> e.getKey().split(":")[0]
                    + " " + e.getValue().entrySet().stream().map(s -> s.getKey() + "×" + s.getValue()).toList()).toList()),
                    (run.victimStored() >> 20) + " MiB", run.gcMillisIdle() + " ms / " + run.gcMillisLoaded() + " ms",
                    (run.heapAfter() >> 20) + " MiB");
        }
        r.table(left);
        r.note("Worst cases: " + String.join("; ", quota.outcomes().keySet()) + ". Status 0 is a request the client "
                + "gave up on (connection closed by the server after a 413, or a timeout).");
        r.note("Client and server share the JVM and the machine's cores; the attackers' uploads cost CPU and "
                + "allocation on both sides, and GC time is the whole JVM's.");
        return r;
    }
}
