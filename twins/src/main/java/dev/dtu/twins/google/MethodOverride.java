package dev.dtu.twins.google;

import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.twin.TwinCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code X-HTTP-Method-Override}: Google's Java client sends PATCH as POST with this header when its
 * transport cannot send PATCH (the JDK's HttpURLConnection), and Google honours it. A GET whose URL would pass
 * 2,048 characters (a long Drive {@code q}) goes the same way with its query parameters moved into a form body.
 */
final class MethodOverride {
    private MethodOverride() {}

    static TwinCall applied(TwinCall call) {
        Request r = call.request();
        String override = r.header("x-http-method-override").orElse(null);
        if (override == null || !r.method().equals("POST")) {
            return call;
        }
        String method = override.toUpperCase(Locale.ROOT);
        Map<String, List<String>> query = r.query();
        byte[] body = r.body();
        if (method.equals("GET") && "application/x-www-form-urlencoded".equals(r.mediaType())) {
            query = new LinkedHashMap<>(r.query());
            for (Map.Entry<String, List<String>> e : QueryStrings.parse(r.bodyText()).entrySet()) {
                query.merge(e.getKey(), e.getValue(), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
            body = new byte[0];
        }
        return new TwinCall(new Request(method, r.path(), query, r.headers(), body, r.baseUrl()), call.universe(),
                "google");
    }
}
