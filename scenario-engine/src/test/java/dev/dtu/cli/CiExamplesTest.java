package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.core.report.JsonReport;
import dev.dtu.engine.run.ReplayCommandLine;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.twins.Twins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped CI examples run as written: the GitHub Actions matrix of shards and its merge job, and the
 * Kubernetes Indexed Job's shard commands, with only the suite, trajectories and threshold set as a user would
 * (their env variables) so the test stays short.
 */
class CiExamplesTest {
    static final Path ROOT = TriageSuiteTest.SUITE.getParent().getParent();
    static final Pattern VAR = Pattern.compile("\\$([A-Z_]+)");

    @TempDir
    Path work;

    private final Map<String, String> overrides = Map.of(
            "SUITE", TriageSuiteTest.SUITE.resolve("question-is-not-a-ticket.yaml").toString(),
            "TRAJECTORIES", "4", "THRESHOLD", "0.3");

    private static JsonNode yaml(String file) throws Exception {
        return Json.YAML.readTree(Files.readString(ROOT.resolve(file)));
    }

    private String expand(String command, Map<String, String> env) {
        Matcher m = VAR.matcher(command);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(overrides.getOrDefault(name, env.getOrDefault(name, "$" + name))));
        }
        return m.appendTail(out).toString();
    }

    /** The dtu words of a command, with relative output folders and globs placed in the work folder. */
    private List<String> dtuWords(String command, String launcher) throws Exception {
        assertTrue(command.startsWith(launcher + " "), command);
        List<String> out = new ArrayList<>();
        List<String> words = ReplayCommandLine.split(command.substring(launcher.length()));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.endsWith("*")) {
                try (Stream<Path> s = Files.list(work)) {
                    s.filter(p -> p.getFileName().toString().startsWith(w.substring(0, w.length() - 1))).sorted()
                            .forEach(p -> out.add(p.toString()));
                }
            } else if (i > 0 && words.get(i - 1).equals("--out")) {
                out.add(work.resolve(Path.of(w).getFileName()).toString());
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, String> env(JsonNode node) {
        Map<String, String> env = new HashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        } else {
            node.forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        }
        return env;
    }

    private static String step(JsonNode job, String name) {
        for (JsonNode s : job.path("steps")) {
            if (s.path("name").asText().equals(name)) {
                return s.path("run").asText();
            }
        }
        throw new AssertionError("no step " + name);
    }

    @Test
    void theGitHubActionsShardsAndMergeRunAsWrittenAndTheKubernetesJobRunsTheSameShards() throws Exception {
        JsonNode workflow = yaml("examples/ci/github-actions.yml");
        Map<String, String> env = env(workflow.path("env"));
        JsonNode shards = workflow.path("jobs").path("sweep").path("strategy").path("matrix").path("shard");
        assertEquals(Integer.parseInt(env.get("SHARDS")), shards.size(), "one matrix entry per shard");
        String sweep = step(workflow.path("jobs").path("sweep"), "sweep one shard");
        List<List<String>> shardCommands = new ArrayList<>();
        for (JsonNode shard : shards) {
            List<String> words = dtuWords(expand(sweep.replace("${{ matrix.shard }}", shard.asText()), env), "./dtu");
            shardCommands.add(words);
            assertEquals(0, Dtu.run(words.toArray(String[]::new)), "shard " + shard + ": " + words);
        }
        List<String> merge = dtuWords(expand(step(workflow.path("jobs").path("verdict"), "merge the shards into the verdict"), env), "./dtu");
        assertEquals(shards.size() + 4, merge.size(), "every shard's folder is merged: " + merge);
        assertEquals(0, Dtu.run(merge.toArray(String[]::new)), "the merge gives the verdict: " + merge);
        assertEquals(4, JsonReport.read(work.resolve("dtu-report").resolve("report.json")).trajectories().size());

        JsonNode job = yaml("docker/k8s/sweep-job.yaml");
        assertEquals("Indexed", job.path("spec").path("completionMode").asText());
        JsonNode pod = job.path("spec").path("template").path("spec");
        JsonNode sidecar = pod.path("initContainers").get(0);
        assertEquals("Always", sidecar.path("restartPolicy").asText(), "a native sidecar: stopped when the sweep ends");
        assertEquals("/_dtu/health", sidecar.path("startupProbe").path("httpGet").path("path").asText());
        List<String> serve = new ArrayList<>();
        sidecar.path("args").forEach(a -> serve.add(a.asText()));
        assertEquals("serve", serve.get(0), "the sidecar runs the image's dtu serve: " + serve);
        JsonNode container = pod.path("containers").get(0);
        Map<String, String> podEnv = env(container.path("env"));
        String twinsUrl = podEnv.get("TWINS");
        assertEquals("http://" + serve.get(serve.indexOf("--host") + 1) + ":" + serve.get(serve.indexOf("--port") + 1),
                twinsUrl, "the sweep reaches the sidecar where it listens");
        assertEquals(Integer.parseInt(podEnv.get("SHARDS")), job.path("spec").path("completions").asInt());
        // The sidecar, as its command says but on a free port of this machine.
        try (DtuServer sidecarServer = new DtuServer(ServerConfig.inMemory(serve.get(serve.indexOf("--host") + 1), 0),
                Twins.all()).start()) {
            List<String> podReports = new ArrayList<>();
            for (int index = 0; index < job.path("spec").path("completions").asInt(); index++) {
                String command = expand(container.path("args").get(0).asText().replace("$((JOB_COMPLETION_INDEX+1))",
                        Integer.toString(index + 1)), podEnv);
                List<String> words = dtuWords(command, "java -jar /opt/dtu/dtu.jar");
                int server = words.indexOf("--server");
                assertEquals(twinsUrl, words.get(server + 1));
                List<String> withoutServer = new ArrayList<>(words);
                withoutServer.subList(server, server + 2).clear();
                assertEquals(shardCommands.get(index), withoutServer, "pod " + index + " runs shard " + (index + 1));
                words.set(server + 1, sidecarServer.url());
                String out = words.get(words.indexOf("--out") + 1);
                words.set(words.indexOf("--out") + 1, out + "-pod");
                podReports.add(out + "-pod");
                assertEquals(0, Dtu.run(words.toArray(String[]::new)), "pod " + index + ": " + words);
            }
            List<String> podMerge = new ArrayList<>(List.of("report", "merge"));
            podMerge.addAll(podReports);
            podMerge.addAll(List.of("--out", work.resolve("pods-merged").toString()));
            assertEquals(0, Dtu.run(podMerge.toArray(String[]::new)), "the pods' merge: " + podMerge);
            assertEquals(Outcomes.of(work.resolve("dtu-report")), Outcomes.of(work.resolve("pods-merged")),
                    "the pods against the sidecar judge as the embedded shards did");
        }
    }

    /**
     * The README's shard example, as written but for the suite (one scenario of it) and the trajectories (8, not
     * 100, with the threshold 8 can reach: Wilson's lower bound of 8/8 is 0.68, as 100/100's, 0.96, reaches the
     * default 0.9), so it stays short: every shard of the four exits 0, the merge gives the verdict (0 on the correct
     * app) and the report one unsharded run writes — the same trajectories, the same satisfied count, the same exit.
     */
    @Test
    void theReadmesShardExampleGivesTheReportOneRunWouldHaveWritten() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md")).stream().map(String::strip).toList();
        String shardLine = lines.stream().filter(l -> l.startsWith("./dtu sweep") && l.contains("--shard")).findFirst().orElseThrow();
        String mergeLine = lines.stream().filter(l -> l.startsWith("./dtu report merge")).findFirst().orElseThrow();
        String shard = shardLine.substring(0, shardLine.indexOf('#')).strip()
                .replace("scenarios/triage", overrides.get("SUITE")).replace("--trajectories 100", "--trajectories 8 --threshold 0.6");
        Matcher slice = Pattern.compile("--shard (\\d+)/(\\d+) --out (\\S+)").matcher(shard);
        assertTrue(slice.find(), shard);
        int n = Integer.parseInt(slice.group(2));
        List<String> merge = dtuWords(mergeLine.substring(0, mergeLine.indexOf('#')).strip(), "./dtu");
        assertEquals(n, merge.stream().filter(w -> w.matches("s\\d+")).count(), "the merge names every shard: " + mergeLine);
        for (int i = 1; i <= n; i++) {
            List<String> words = dtuWords(shard.replace(slice.group(0), "--shard " + i + "/" + n + " --out s" + i), "./dtu");
            assertEquals(0, Dtu.run(words.toArray(String[]::new)), "shard " + i + ": " + words);
        }
        List<String> merged = merge.stream().map(w -> w.matches("s\\d+") ? work.resolve(w).toString() : w).toList();
        assertEquals(0, Dtu.run(merged.toArray(String[]::new)), "the merge's verdict on the correct app: " + merged);
        List<String> whole = dtuWords(shard.replace(slice.group(0), "--out whole"), "./dtu");
        assertEquals(0, Dtu.run(whole.toArray(String[]::new)), whole.toString());
        var fromShards = JsonReport.read(work.resolve(Path.of(merge.get(merge.size() - 1)).getFileName()).resolve("report.json"));
        var oneRun = JsonReport.read(work.resolve("whole").resolve("report.json"));
        assertEquals(8, fromShards.trajectories().size());
        assertEquals(oneRun.trajectories().stream().map(t -> t.seed() + ":" + t.satisfied()).sorted().toList(),
                fromShards.trajectories().stream().map(t -> t.seed() + ":" + t.satisfied()).sorted().toList());
        assertEquals(oneRun.summary().scenarios().get(0).satisfied(), fromShards.summary().scenarios().get(0).satisfied());
    }
}
