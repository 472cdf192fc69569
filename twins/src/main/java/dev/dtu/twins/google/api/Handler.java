package dev.dtu.twins.google.api;

import dev.dtu.server.http.Response;

/** One Google API method. */
@FunctionalInterface
public interface Handler {
    Response handle(GoogleCall call);
}
