package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * Custom SMTP servers (Okta Management API, tag EmailServer). The password is kept but never shown ("writeOnly"
 * in Okta's spec); the twin delivers no email, so a test send only checks its addresses.
 */
public final class EmailServers {
    public static final Kind<Resource> SERVERS = Kind.of("okta", "emailServers", Resource.class);
    private static final List<String> TEXT = List.of("alias", "host", "username", "password");

    private final Tx tx;

    public EmailServers(Tx tx) {
        this.tx = tx;
    }

    public static List<Resource> all(State state) {
        return List.copyOf(state.all(SERVERS).values());
    }

    public static Resource require(State state, String id) {
        return state.get(SERVERS, id).orElseThrow(() -> OktaErrors.notFound(id, "EmailServer"));
    }

    /** The server as Okta answers it: everything but the password. */
    public static ObjectNode shown(Resource server) {
        ObjectNode out = server.body().deepCopy();
        out.remove("password");
        return out;
    }

    /** createEmailServer: alias, host, port, username and password are all required (EmailServerPost). */
    public Resource create(JsonNode body) {
        ObjectNode server = Json.object();
        apply(server, body, true);
        String id = OktaIds.next(tx, "ems");
        server.put("id", id);
        if (!server.has("enabled")) {
            server.put("enabled", false);
        }
        server.put("authType", body.path("authType").asText("BASIC_SMTP_AUTH"));
        return tx.put(SERVERS, id, new Resource(id, null, server));
    }

    /** updateEmailServer: the fields given change, the rest stay. */
    public Resource update(String id, JsonNode body) {
        Resource current = require(tx.state(), id);
        ObjectNode server = current.body().deepCopy();
        apply(server, body, false);
        return tx.put(SERVERS, id, new Resource(id, null, server));
    }

    public void delete(String id) {
        tx.remove(SERVERS, require(tx.state(), id).id());
    }

    /** testEmailServer: both addresses are required (EmailTestAddresses). */
    public static void checkTest(JsonNode body) {
        List<String> causes = new ArrayList<>();
        for (String field : List.of("fromAddress", "toAddress")) {
            if (!body.path(field).isTextual() || !body.path(field).asText().contains("@")) {
                causes.add(field + ": The field must be an email address");
            }
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
    }

    private static void apply(ObjectNode server, JsonNode body, boolean create) {
        List<String> causes = new ArrayList<>();
        for (String field : TEXT) {
            JsonNode v = body.path(field);
            if (v.isTextual() && !v.asText().isBlank()) {
                server.put(field, v.asText());
            } else if (create || !v.isMissingNode()) {
                causes.add(field + ": The field cannot be left blank");
            }
        }
        JsonNode port = body.path("port");
        if (port.canConvertToInt() && port.isIntegralNumber() && port.asInt() > 0 && port.asInt() < 65536) {
            server.put("port", port.asInt());
        } else if (create || !port.isMissingNode()) {
            causes.add("port: The field must be a port number between 1 and 65535");
        }
        JsonNode enabled = body.path("enabled");
        if (enabled.isBoolean()) {
            server.put("enabled", enabled.asBoolean());
        } else if (!enabled.isMissingNode() && !enabled.isNull()) {
            causes.add("enabled: The value must be a boolean.");
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
    }
}
