package dev.dtu.engine.judge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * {@code state} for scripts: {@code state.slack.messages} parses Slack's messages the first time a script
 * reads them, instead of every kind of every twin on every evaluation (a wait re-evaluates on each change).
 */
final class LazyState implements ProxyObject {
    private final Map<String, Twin> twins = new HashMap<>();
    private final List<String> names;

    LazyState(StateSource source, Function<String, Value> parse) {
        this.names = source.twins();
        names.forEach(t -> twins.put(t, new Twin(source, t, parse)));
    }

    @Override
    public Object getMember(String key) {
        return twins.get(key);
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromList(List.copyOf(names));
    }

    @Override
    public boolean hasMember(String key) {
        return twins.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("state is read-only");
    }

    private static final class Twin implements ProxyObject {
        private final StateSource source;
        private final String twin;
        private final Function<String, Value> parse;
        private final List<String> kinds;
        private final Map<String, Value> parsed = new HashMap<>();

        Twin(StateSource source, String twin, Function<String, Value> parse) {
            this.source = source;
            this.twin = twin;
            this.parse = parse;
            this.kinds = source.kinds(twin);
        }

        @Override
        public Object getMember(String kind) {
            if (!kinds.contains(kind)) {
                return null;
            }
            return parsed.computeIfAbsent(kind, k -> parse.apply(source.json(twin, k)));
        }

        @Override
        public Object getMemberKeys() {
            return ProxyArray.fromList(List.copyOf(kinds));
        }

        @Override
        public boolean hasMember(String kind) {
            return kinds.contains(kind);
        }

        @Override
        public void putMember(String key, Value value) {
            throw new UnsupportedOperationException("state is read-only");
        }
    }
}
