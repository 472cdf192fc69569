package dev.dtu.engine.judge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Scenario JavaScript (judge checks and wait conditions) on GraalVM: one shared engine, one sandboxed
 * context per thread (contexts are single-threaded), each expression compiled once per context. Scripts
 * see {@code state}, {@code journal}, {@code vars} and {@code responses}; they cannot reach the host.
 */
public final class JsRuntime implements AutoCloseable {
    /** Stops runaway scripts (an endless loop in a check) instead of hanging the sweep. */
    private static final long STATEMENT_LIMIT = 50_000_000;

    private final Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    private final ThreadLocal<Scope> scopes = ThreadLocal.withInitial(this::newScope);
    private final List<Context> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The outcome of one script: its value as Java (Boolean, Double, String, null), or the error it threw. */
    public record Outcome(Object value, String error) {}

    private final class Scope {
        final Context context;
        final Map<String, Value> compiled = new ConcurrentHashMap<>();
        final Value parse;

        Scope(Context context) {
            this.context = context;
            this.parse = context.eval("js", "(s) => JSON.parse(s)");
        }
    }

    private Scope newScope() {
        Context context = Context.newBuilder("js").engine(engine)
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build())
                .build();
        contexts.add(context);
        return new Scope(context);
    }

    /** Throws {@link IllegalArgumentException} with the parser's message if the script does not compile. */
    public void compileCheck(String script) {
        Scope scope = scopes.get();
        try {
            scope.context.parse(source(script));
        } catch (PolyglotException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** Runs each script against the same inputs (parsed once). */
    public List<Outcome> evaluate(List<String> scripts, Inputs inputs) {
        Scope scope = scopes.get();
        scope.context.resetLimits();
        Value state = scope.context.asValue(new LazyState(inputs.state(), json -> scope.parse.execute(json)));
        Value journal = mentioned(scripts, "journal") ? scope.parse.execute(inputs.journalJson()) : null;
        Value vars = mentioned(scripts, "vars") ? scope.parse.execute(inputs.varsJson()) : null;
        Value responses = mentioned(scripts, "responses") ? scope.parse.execute(inputs.responsesJson()) : null;
        List<Outcome> out = new java.util.ArrayList<>();
        for (String script : scripts) {
            if (!contexts.contains(scope.context)) {
                out.add(new Outcome(null, "not run: an earlier script of this judge ran away"));
                continue;
            }
            out.add(run(scope, script, state, journal, vars, responses));
        }
        return out;
    }

    /**
     * Whether any script may read this input: the journal in particular is worth not building and parsing for
     * a wait that only looks at state (it is re-evaluated on every change).
     */
    private static boolean mentioned(List<String> scripts, String name) {
        return scripts.stream().anyMatch(s -> s.contains(name) || s.contains("arguments") || s.contains("eval"));
    }

    private Outcome run(Scope scope, String script, Value state, Value journal, Value vars, Value responses) {
        try {
            Value fn = scope.compiled.computeIfAbsent(script, s -> scope.context.eval(source(s)));
            Value result = fn.execute(state, journal, vars, responses);
            return new Outcome(toJava(result), null);
        } catch (PolyglotException e) {
            if (e.isResourceExhausted() || e.isCancelled()) {
                // An exhausted context is cancelled for good: this thread gets a fresh one next time.
                scopes.remove();
                contexts.remove(scope.context);
                scope.context.close(true);
                return new Outcome(null, "the script ran more than " + STATEMENT_LIMIT + " statements");
            }
            return new Outcome(null, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    private static Object toJava(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return v.toString();
    }

    /** An expression, or else a function body (statements, with {@code return} giving the result). */
    private Source source(String script) {
        Source expression = wrap("return (" + script + "\n);");
        if (!script.contains("return")) {
            try {
                scopes.get().context.parse(expression);
                return expression;
            } catch (PolyglotException e) {
                // not an expression: statements it is
            }
        }
        return wrap(script);
    }

    private static Source wrap(String body) {
        return Source.create("js", "(function(state, journal, vars, responses) {\n" + body + "\n})");
    }

    @Override
    public void close() {
        contexts.forEach(c -> c.close(true));
        engine.close();
    }

    /**
     * What scripts see: the twins' state (read lazily, kind by kind) and the rest as JSON text, made when a
     * script first needs it.
     */
    public static final class Inputs {
        private final StateSource state;
        private final Lazy journal;
        private final Lazy vars;
        private final Lazy responses;

        public Inputs(StateSource state, String journalJson, String varsJson, String responsesJson) {
            this(state, () -> journalJson, () -> varsJson, () -> responsesJson);
        }

        public Inputs(StateSource state, Supplier<String> journalJson, Supplier<String> varsJson,
                      Supplier<String> responsesJson) {
            this.state = state;
            this.journal = new Lazy(journalJson);
            this.vars = new Lazy(varsJson);
            this.responses = new Lazy(responsesJson);
        }

        public StateSource state() {
            return state;
        }

        public String journalJson() {
            return journal.get();
        }

        public String varsJson() {
            return vars.get();
        }

        public String responsesJson() {
            return responses.get();
        }
    }

    private static final class Lazy {
        private Supplier<String> make;
        private String value;

        Lazy(Supplier<String> make) {
            this.make = make;
        }

        synchronized String get() {
            if (make != null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }
}
