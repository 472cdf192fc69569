package dev.dtu.engine.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Where each value of a YAML document starts, by path ("steps[2].wait.timeoutMs"), so errors can name lines. */
final class YamlLocator {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLocator() {}

    static YamlLocator of(String yaml) {
        YamlLocator locator = new YamlLocator();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            locator.walk(p);
        } catch (IOException | RuntimeException e) {
            // an unparseable document is reported by the real parse; lines stay unknown
        }
        return locator;
    }

    /** The line of the value at this path, or of its nearest located parent; 0 when unknown. */
    int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return lines.getOrDefault("", 0);
            }
            p = p.substring(0, cut);
        }
    }

    private void walk(JsonParser p) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            int line = p.currentTokenLocation().getLineNr();
            Frame parent = stack.peek();
            if (t == JsonToken.FIELD_NAME) {
                parent.field = p.currentName();
                lines.putIfAbsent(join(parent, parent.field), line);
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            String path = parent == null ? "" : parent.array ? parent.path + "[" + parent.index++ + "]" : join(parent, parent.field);
            lines.putIfAbsent(path, line);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                stack.push(new Frame(path, t == JsonToken.START_ARRAY));
            }
        }
    }

    private static String join(Frame parent, String field) {
        return parent == null || parent.path.isEmpty() ? field : parent.path + "." + field;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;
        String field;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
