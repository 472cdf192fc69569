package dev.dtu.core.trajectory;

/** One request the app under test made to a twin, and the twin's answer. */
public record Exchange(
        String twin, String operation, String method, String path, int status, String requestBody, String responseBody) {

    public Exchange {
        Require.text(twin, "twin");
        Require.text(method, "method");
        Require.text(path, "path");
        operation = operation == null ? "" : operation;
        requestBody = requestBody == null ? "" : requestBody;
        responseBody = responseBody == null ? "" : responseBody;
    }
}
