package dev.dtu.twins.okta.oauth;

/**
 * One of the two authorization servers the twin serves: the org server (issuer {@code {orgUrl}}, paths
 * {@code /oauth2/v1/...}) and the default custom server (issuer {@code {orgUrl}/oauth2/default}).
 *
 * @param id "org" or "default"
 * @param orgUrl the org URL as the client reached it, without trailing slash
 */
public record AuthServer(String id, String orgUrl) {
    public static final String ORG = "org";
    public static final String DEFAULT = "default";

    public static AuthServer of(String id, String orgUrl) {
        if (!ORG.equals(id) && !DEFAULT.equals(id)) {
            throw new IllegalArgumentException("no authorization server " + id);
        }
        return new AuthServer(id, orgUrl);
    }

    public boolean custom() {
        return DEFAULT.equals(id);
    }

    public String issuer() {
        return custom() ? orgUrl + "/oauth2/" + id : orgUrl;
    }

    /** The endpoint root: {@code {orgUrl}/oauth2/v1} or {@code {orgUrl}/oauth2/default/v1}. */
    public String endpoints() {
        return custom() ? orgUrl + "/oauth2/" + id + "/v1" : orgUrl + "/oauth2/v1";
    }

    /** Access tokens' {@code aud}: {@code api://default} for the default server, the org URL for the org server. */
    public String audience() {
        return custom() ? "api://" + id : orgUrl;
    }
}
