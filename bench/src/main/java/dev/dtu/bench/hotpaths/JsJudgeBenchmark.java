package dev.dtu.bench.hotpaths;

import dev.dtu.engine.judge.JsRuntime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The JS judge call: inputs parsed, two checks of the triage suite's shape run over them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsJudgeBenchmark {
    private static final List<String> CHECKS = List.of(
            "Object.values(state.slack.messages).some(m => m.threadTs == vars.report.ts && /TRI-\\d+/.test(m.text))",
            "responses.tickets.body.length == 1 && journal.some(e => e.operation == 'chat.postMessage')");

    private JsRuntime js;
    private JsRuntime.Inputs inputs;

    @Setup
    public void start() {
        js = new JsRuntime();
        StringBuilder messages = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            messages.append(i == 0 ? "" : ",").append("\"C1/17000000").append(i).append(".000100\":{\"ts\":\"17000000")
                    .append(i).append(".000100\",\"threadTs\":\"1700000000.000100\",\"text\":\"see TRI-").append(i)
                    .append("\"}");
        }
        String messagesJson = messages.append("}").toString();
        dev.dtu.engine.judge.StateSource state = new dev.dtu.engine.judge.StateSource() {
            @Override
            public List<String> twins() {
                return List.of("slack");
            }

            @Override
            public List<String> kinds(String twin) {
                return List.of("messages");
            }

            @Override
            public String json(String twin, String kind) {
                return messagesJson;
            }
        };
        String journal = "[{\"operation\":\"conversations.history\"},{\"operation\":\"chat.postMessage\"}]";
        inputs = new JsRuntime.Inputs(state, journal, "{\"report\":{\"ts\":\"1700000000.000100\"}}",
                "{\"tickets\":{\"status\":200,\"body\":[{\"key\":\"TRI-1\"}]}}");
    }

    @Benchmark
    public Object judge() {
        return js.evaluate(CHECKS, inputs);
    }

    @TearDown
    public void stop() {
        js.close();
    }
}
