package dev.dtu.twins.google;

import dev.dtu.server.http.Request;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.google.errors.GoogleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Google's clients gzip request bodies (Content-Encoding: gzip); the APIs read them decompressed. */
final class Gzip {
    private Gzip() {}

    static TwinCall decoded(TwinCall call) {
        Request r = call.request();
        if (!r.header("content-encoding").orElse("").equalsIgnoreCase("gzip") || r.body().length == 0) {
            return call;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            byte[] body = in.readAllBytes();
            return new TwinCall(new Request(r.method(), r.path(), r.query(), r.headers(), body, r.baseUrl()),
                    call.universe(), "google");
        } catch (IOException e) {
            throw GoogleException.invalidArgument("The request body is not valid gzip.");
        }
    }
}
