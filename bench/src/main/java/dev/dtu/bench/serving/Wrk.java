package dev.dtu.bench.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * wrk (https://github.com/wg/wrk), the tool the reference figures were taken with, driving a target
 * with the same 1:1 mix from a Lua script; its {@code done} hook prints the figures this class reads back.
 */
final class Wrk {
    private static final String MARK = "DTU-WRK ";

    /** One wrk run: completed requests, non-2xx or socket errors, seconds, and latency percentiles (µs). */
    record Result(long requests, long errors, double seconds, double p50, double p99, double p999) {
        double throughput() {
            return requests / seconds;
        }
    }

    private Wrk() {}

    /** Whether a {@code wrk} executable is on the PATH. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(ServingTarget target, int threads, int connections, Duration duration) throws IOException,
            InterruptedException {
        Path script = Files.createTempFile("dtu-wrk-", ".lua");
        try {
            Files.writeString(script, script(target));
            Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                    "-s", script.toString(), "http://127.0.0.1:" + target.port()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("wrk failed: " + out);
            }
            return parse(out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static Result parse(String out) throws IOException {
        for (String line : out.split("\n")) {
            if (line.startsWith(MARK)) {
                String[] f = line.substring(MARK.length()).trim().split(" ");
                return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]) / 1e6,
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            }
        }
        throw new IOException("no figures in wrk's output: " + out);
    }

    /** Lua: alternate the two requests of the mix; at the end print requests, errors, µs and percentiles. */
    static String script(ServingTarget target) {
        SlackMix mix = target.slackMix();
        List<String> lines = new ArrayList<>();
        // Formatted in init: at load time wrk has no Host header yet, and a request without one gets a 400.
        lines.add("local post, history");
        lines.add("init = function(args)");
        lines.add("  local headers = {[\"Authorization\"] = \"Bearer " + mix.token()
                + "\", [\"Content-Type\"] = \"application/x-www-form-urlencoded\"}");
        lines.add("  post = wrk.format(\"POST\", \"" + target.apiPrefix() + "chat.postMessage\", headers, \"channel="
                + mix.channel() + "&text=" + SlackMix.TEXT + "\")");
        lines.add("  history = wrk.format(\"POST\", \"" + target.apiPrefix() + "conversations.history\", headers, "
                + "\"channel=" + mix.channel() + "&limit=" + SlackMix.HISTORY_LIMIT + "\")");
        lines.add("end");
        lines.add("local n = 0");
        lines.add("request = function() n = n + 1; if n % 2 == 1 then return post else return history end end");
        lines.add("done = function(summary, latency, requests)");
        lines.add("  local e = summary.errors");
        lines.add("  io.write(string.format(\"" + MARK + "%d %d %d %d %d %d\\n\", summary.requests,"
                + " e.connect + e.read + e.write + e.status + e.timeout, summary.duration,"
                + " latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))");
        lines.add("end");
        return String.join("\n", lines) + "\n";
    }
}
