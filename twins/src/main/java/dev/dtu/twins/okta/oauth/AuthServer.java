package dev.dtu.twins.okta.oauth;

import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.State;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.OktaException;
import java.util.List;

/**
 * An authorization server as a request reached it: the org server (issuer {@code {orgUrl}}, paths
 * {@code /oauth2/v1/...}) or a custom server of the org's {@code authorizationServers} (issuer
 * {@code {orgUrl}/oauth2/{id}}, paths {@code /oauth2/{id}/v1/...}), {@code default} among them.
 *
 * @param id "org", or the custom server's id
 * @param orgUrl the org URL as the client reached it, without trailing slash
 * @param audience access tokens' {@code aud}: the org URL for the org server, the custom server's first audience
 */
public record AuthServer(String id, String orgUrl, String audience) {
    public static final String ORG = "org";
    public static final String DEFAULT = AuthorizationServers.DEFAULT;

    public static AuthServer org(String orgUrl) {
        return new AuthServer(ORG, orgUrl, orgUrl);
    }

    /** The active custom server with this id; Okta answers any other with 404 E0000007. */
    public static AuthServer custom(State state, String id, String orgUrl) {
        Resource server = AuthorizationServers.active(state, id).orElseThrow(() -> new OktaException(404, "E0000007",
                "Not found: Resource not found: " + id + " (AuthorizationServer)", List.of()));
        String audience = server.body().path("audiences").path(0).asText("api://" + id);
        return new AuthServer(id, orgUrl, audience);
    }

    public boolean custom() {
        return !ORG.equals(id);
    }

    public String issuer() {
        return custom() ? orgUrl + "/oauth2/" + id : orgUrl;
    }

    /** The endpoint root: {@code {orgUrl}/oauth2/v1} or {@code {orgUrl}/oauth2/{id}/v1}. */
    public String endpoints() {
        return custom() ? orgUrl + "/oauth2/" + id + "/v1" : orgUrl + "/oauth2/v1";
    }
}
