package dev.dtu.bench.durability;

import dev.dtu.bench.serving.LoadGenerator;
import dev.dtu.bench.serving.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Collects the ts of every chat.postMessage the server acknowledged with ok:true. */
final class Acknowledged implements LoadGenerator.Listener {
    final Set<String> ts = ConcurrentHashMap.newKeySet();

    @Override
    public void answered(WireRequest request, int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf("\"ts\":\"");
        if (at >= 0) {
            ts.add(text.substring(at + 6, text.indexOf('"', at + 6)));
        }
    }
}
