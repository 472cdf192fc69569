package dev.dtu.twins.okta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import java.util.List;

/** A real server with the Okta twin, and universes made through the admin API, for tests over HTTP. */
public final class OktaServer implements AutoCloseable {
    private final DtuServer server;

    public OktaServer() {
        server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 1 << 20), List.of(new OktaTwin())).start();
    }

    public String url() {
        return server.url();
    }

    /** A fresh universe seeded with the default seed: its id and its Okta description. */
    public Universe universe() {
        Http.Reply r = Http.post(url() + "/_dtu/universes", "{}", "Content-Type", "application/json");
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        JsonNode u = r.json();
        return new Universe(u.path("id").asText(), u.path("twins").path("okta"));
    }

    public record Universe(String id, JsonNode okta) {
        public String orgUrl() {
            return okta.path("orgUrl").asText();
        }

        public String apiToken() {
            return okta.path("apiToken").asText();
        }

        /** The official Java SDK's client for this org, with the API token (plain HTTP allowed, as for a test org). */
        public com.okta.sdk.resource.client.ApiClient sdk() {
            System.setProperty("okta.testing.disableHttpsCheck", "true");
            return com.okta.sdk.client.Clients.builder().setOrgUrl(orgUrl())
                    .setClientCredentials(new com.okta.sdk.authc.credentials.TokenClientCredentials(apiToken())).build();
        }

        public String issuer() {
            return okta.path("issuer").asText();
        }

        public String clientId() {
            return okta.path("clientId").asText();
        }

        public String clientSecret() {
            return okta.path("clientSecret").asText();
        }

        public Http.Reply get(String path) {
            return Http.get(orgUrl() + path, "Authorization", "SSWS " + apiToken(), "Accept", "application/json");
        }

        public Http.Reply send(String method, String path, String json) {
            return Http.send(method, orgUrl() + path, json, "Authorization", "SSWS " + apiToken(),
                    "Content-Type", "application/json", "Accept", "application/json");
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
