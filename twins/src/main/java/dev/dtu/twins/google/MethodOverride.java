package dev.dtu.twins.google;

import dev.dtu.server.http.Request;
import dev.dtu.server.twin.TwinCall;
import java.util.Locale;

/**
 * {@code X-HTTP-Method-Override}: Google's Java client sends PATCH as POST with this header when its
 * transport cannot send PATCH (the JDK's HttpURLConnection), and Google honours it.
 */
final class MethodOverride {
    private MethodOverride() {}

    static TwinCall applied(TwinCall call) {
        Request r = call.request();
        String override = r.header("x-http-method-override").orElse(null);
        if (override == null || !r.method().equals("POST")) {
            return call;
        }
        return new TwinCall(new Request(override.toUpperCase(Locale.ROOT), r.path(), r.query(), r.headers(), r.body(),
                r.baseUrl()), call.universe(), "google");
    }
}
