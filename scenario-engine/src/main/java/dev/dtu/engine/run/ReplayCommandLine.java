package dev.dtu.engine.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code dtu replay} command that runs one trajectory again, written so a POSIX shell reads it back as the
 * same words: the scenario file, the plan (seed and what shrinking took away) and every {@code --app-env} the
 * sweep gave the app. {@link #split} reads such a command back, so a report's printed command is also what
 * {@code dtu replay --report} runs.
 */
public final class ReplayCommandLine {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    private ReplayCommandLine() {}

    public static String of(Path scenarioFile, TrajectoryPlan plan, Map<String, String> appEnv) {
        return of(scenarioFile, null, plan, appEnv, 1);
    }

    /** @param timeScale the sweep's {@code --time-scale}, given again when it is not 1 */
    public static String of(Path scenarioFile, TrajectoryPlan plan, Map<String, String> appEnv, double timeScale) {
        return of(scenarioFile, null, plan, appEnv, timeScale);
    }

    /** The command for a scenario, naming the suite file and {@code --scenario ID} when a suite file included it. */
    public static String of(dev.dtu.engine.scenario.Scenario scenario, TrajectoryPlan plan, Map<String, String> appEnv) {
        return of(scenario, plan, appEnv, 1);
    }

    public static String of(dev.dtu.engine.scenario.Scenario scenario, TrajectoryPlan plan, Map<String, String> appEnv,
            double timeScale) {
        return of(scenario.source(), scenario.suite() == null ? null : scenario.id(), plan, appEnv, timeScale);
    }

    /**
     * @param scenarioId the scenario to pick from a suite file; null for a file holding one scenario
     * @param timeScale the sweep's {@code --time-scale}, given again when it is not 1
     */
    public static String of(Path scenarioFile, String scenarioId, TrajectoryPlan plan, Map<String, String> appEnv,
            double timeScale) {
        StringBuilder sb = new StringBuilder("dtu replay ").append(quote(scenarioFile.toString())).append(' ');
        if (scenarioId != null) {
            sb.append("--scenario ").append(quote(scenarioId)).append(' ');
        }
        sb.append(plan.replayOptions());
        if (timeScale != 1) {
            sb.append(" --time-scale ").append(timeScale == Math.rint(timeScale) ? Long.toString((long) timeScale)
                    : Double.toString(timeScale));
        }
        appEnv.forEach((k, v) -> sb.append(" --app-env ").append(quote(k + "=" + v)));
        return sb.toString();
    }

    /** A word as a POSIX shell reads it back unchanged: as is when plain, else in single quotes. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words of a command line, undoing single quotes, double quotes and backslashes as a shell does. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int doubleQuoted(String line, int from, StringBuilder word) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                c = line.charAt(++i);
            }
            word.append(c);
        }
        throw new IllegalArgumentException("unclosed \" in: " + line);
    }
}
