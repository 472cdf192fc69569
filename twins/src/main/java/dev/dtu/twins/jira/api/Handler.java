package dev.dtu.twins.jira.api;

import dev.dtu.server.http.Response;

/** One route: parse the call, ask the model, format the answer. */
@FunctionalInterface
public interface Handler {
    Response handle(ApiCall call);
}
