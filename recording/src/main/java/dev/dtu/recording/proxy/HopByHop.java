package dev.dtu.recording.proxy;

import java.util.Locale;
import java.util.Set;

/** Headers that belong to one connection (or that the JDK client sets itself) and are not forwarded. */
final class HopByHop {
    private static final Set<String> NAMES = Set.of("connection", "keep-alive", "proxy-connection", "transfer-encoding",
            "te", "trailer", "upgrade", "host", "content-length", "expect", "http2-settings");

    private HopByHop() {}

    static boolean is(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
