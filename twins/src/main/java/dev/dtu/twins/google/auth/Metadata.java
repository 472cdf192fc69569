package dev.dtu.twins.google.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.TwinCall;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Compute Engine metadata server's service-account paths, for code that expects to run on Google Cloud
 * ({@code GCE_METADATA_HOST} pointed at the twin's universe URL). Every request needs
 * {@code Metadata-Flavor: Google} and every answer carries it (cloud.google.com/compute/docs/metadata/querying-metadata).
 */
final class Metadata {
    /** The twin's choice (Google's default VM scope is cloud-platform, which the Workspace APIs do not take). */
    static final List<String> DEFAULT_SCOPES = List.of(Scopes.DRIVE, Scopes.SPREADSHEETS, Scopes.DOCUMENTS);
    private static final String ACCOUNT = "/computeMetadata/v1/instance/service-accounts/default/";

    private Metadata() {}

    static Response serve(TwinCall call) {
        if (!call.request().header("metadata-flavor").map("Google"::equals).orElse(false)) {
            return Response.text(403, "text/html; charset=UTF-8", "Missing required header: Metadata-Flavor\n")
                    .header("Metadata-Flavor", "Google");
        }
        ServiceAccount sa = call.state().get(GoogleAuth.SERVICE_ACCOUNT, ServiceAccount.ID).orElse(null);
        String path = call.request().path();
        if (sa == null) {
            return notFound();
        }
        Response answer = switch (path) {
            case "/computeMetadata/v1", "/computeMetadata/v1/" -> Response.text(200, "application/text",
                    "instance/\nproject/\n");
            case "/computeMetadata/v1/project/project-id" -> Response.text(200, "application/text", sa.projectId());
            case ACCOUNT + "email" -> Response.text(200, "application/text", sa.email());
            case ACCOUNT + "scopes" -> Response.text(200, "application/text", String.join("\n", DEFAULT_SCOPES) + "\n");
            case ACCOUNT, "/computeMetadata/v1/instance/service-accounts/default" -> account(sa);
            case ACCOUNT + "token" -> token(call, sa);
            default -> null;
        };
        return (answer == null ? notFound() : answer).header("Metadata-Flavor", "Google");
    }

    private static Response account(ServiceAccount sa) {
        ObjectNode body = Json.object();
        body.putArray("aliases").add("default");
        body.put("email", sa.email());
        DEFAULT_SCOPES.forEach(body.putArray("scopes")::add);
        return Response.json(200, body);
    }

    /** {@code ?scopes=a,b} narrows or names the token's scopes, as the metadata server allows. */
    private static Response token(TwinCall call, ServiceAccount sa) {
        Set<String> scopes = call.request().queryParam("scopes")
                .map(s -> OAuthApi.scopes(s.replace(',', ' ')))
                .orElse(new LinkedHashSet<>(DEFAULT_SCOPES));
        String clientId = call.universe().secret("google", GoogleAuth.CLIENT_ID).orElse("");
        String token = OAuthApi.issue(call, sa.accountId(), scopes, clientId, null);
        return Response.json(200, Json.object().put("access_token", token).put("expires_in", OAuthApi.LIFETIME - 1)
                .put("token_type", "Bearer"));
    }

    private static Response notFound() {
        return Response.text(404, "text/html; charset=UTF-8", "Not Found\n").header("Metadata-Flavor", "Google");
    }
}
