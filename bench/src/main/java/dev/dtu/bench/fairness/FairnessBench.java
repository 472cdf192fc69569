package dev.dtu.bench.fairness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.report.Fmt;
import dev.dtu.bench.report.Table;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Fairness (issue 15): while worst-case requests run against one universe, how long do the health check and a
 * request of another universe take, as a ratio to the same requests on an idle server? One attacker thread per
 * family sends its worst case in a loop: a body just under the limit to parse (Jira), a gzip bomb (Google), a
 * multipart upload with a long boundary (Drive), a large unauthenticated body (Slack).
 */
public final class FairnessBench {
    private final boolean quick;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public FairnessBench(boolean quick) {
        this.quick = quick;
    }

    record Probe(String name, HttpRequest request) {}

    record Attack(String name, HttpRequest request) {}

    public BenchResult run() throws Exception {
        String loadBefore = loadAverage();
        long maxBody = 10L << 20;
        try (DtuServer server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 64, maxBody), Twins.all()).start()) {
            String url = server.url();
            JsonNode victim = create(url, "victim");
            JsonNode bystander = create(url, "bystander");
            List<Probe> probes = probes(url, bystander);
            List<Attack> attacks = attacks(url, victim, (int) maxBody);
            int samples = quick ? 20 : 400;
            measure(probes, samples / 4); // warm-up
            long[][] idle = measure(probes, samples);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong attacksSent = new AtomicLong();
            List<Thread> attackers = new ArrayList<>();
            for (Attack a : attacks) {
                attackers.add(Thread.ofPlatform().name("attack-" + a.name()).start(() -> {
                    while (running.get()) {
                        send(a.request());
                        attacksSent.incrementAndGet();
                    }
                }));
            }
            Thread.sleep(quick ? 200 : 2_000);
            long[][] loaded = measure(probes, samples);
            running.set(false);
            for (Thread t : attackers) {
                t.join(30_000);
            }
            return report(probes, attacks, idle, loaded, attacksSent.get())
                    .note("Load average before the run: " + loadBefore + " (other processes on the machine count too).");
        }
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

    private BenchResult report(List<Probe> probes, List<Attack> attacks, long[][] idle, long[][] loaded, long sent) {
        BenchResult r = BenchResult.start("fairness", "Fairness: health checks and a bystander universe under worst-case requests", quick);
        Table t = Table.of("Latency, idle against while one thread per family sends its worst case (" + idle[0].length
                + " samples each)", "probe", "idle p50", "idle p99", "loaded p50", "loaded p99", "p99 ratio");
        for (int p = 0; p < probes.size(); p++) {
            double idle99 = percentile(idle[p], 0.99);
            double loaded99 = percentile(loaded[p], 0.99);
            t.row(probes.get(p).name(), Fmt.micros(percentile(idle[p], 0.5)), Fmt.micros(idle99),
                    Fmt.micros(percentile(loaded[p], 0.5)), Fmt.micros(loaded99), Fmt.ratio(loaded99 / Math.max(1, idle99)));
            r.target(probes.get(p).name() + " p99 under load", "≤ 100 ms", Fmt.micros(loaded99), loaded99 <= 100_000);
            r.put(probes.get(p).name().replace(' ', '_') + "_p99_us", java.util.Map.of("idle", idle99, "loaded", loaded99));
        }
        r.table(t);
        r.note("Worst cases: " + String.join("; ", attacks.stream().map(Attack::name).toList()) + " — " + sent
                + " sent in all while measuring.");
        r.note("Client and server share the machine's cores; the attackers' uploads cost CPU on both sides.");
        return r;
    }
}
