package dev.dtu.engine.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external judge (how an LLM judge plugs in): a command that reads the trajectory as JSON on stdin and
 * prints {@code {"score": 0..1, "reason": "...", "needsHuman": false}} on stdout.
 */
public final class CommandJudge {
    private static final long TIMEOUT_SECONDS = 120;

    private CommandJudge() {}

    public record Answer(double score, String reason, boolean needsHuman) {}

    /** Raised when the judge itself failed: the harness cannot score the trajectory. */
    public static final class JudgeFailure extends RuntimeException {
        JudgeFailure(String message) {
            super(message);
        }
    }

    public static Answer ask(List<String> command, Path workdir, String trajectoryJson) {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(workdir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new JudgeFailure("the external judge " + command + " could not start: " + e.getMessage());
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(trajectoryJson.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a judge that does not read its input may close stdin early; its answer still counts
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new JudgeFailure("the external judge did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new JudgeFailure("the external judge exited with " + p.exitValue());
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JudgeFailure("reading the external judge's answer failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new JudgeFailure("interrupted while waiting for the external judge");
        }
    }

    static Answer parse(String output) {
        JsonNode answer;
        try {
            answer = Json.parse(output.trim().getBytes(StandardCharsets.UTF_8));
        } catch (Json.MalformedJsonException e) {
            throw new JudgeFailure("the external judge printed no JSON object: " + abbreviate(output));
        }
        JsonNode score = answer.path("score");
        if (!score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
            throw new JudgeFailure("the external judge's score must be a number in [0, 1], got " + abbreviate(score.toString()));
        }
        return new Answer(score.asDouble(), answer.path("reason").asText(""), answer.path("needsHuman").asBoolean(false));
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
