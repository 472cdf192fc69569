package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.LogEvent;

/** Okta's {@code LogEvent} object. */
final class LogJson {
    private LogJson() {
    }

    static ObjectNode of(LogEvent e) {
        ObjectNode n = Json.object();
        n.set("actor", actor(e.actor()));
        n.putObject("client").put("ipAddress", "127.0.0.1").putObject("userAgent")
                .put("rawUserAgent", "UNKNOWN").put("os", "Unknown").put("browser", "UNKNOWN");
        n.putObject("authenticationContext").put("authenticationStep", 0).put("externalSessionId", e.requestId());
        n.put("displayMessage", e.displayMessage());
        n.put("eventType", e.eventType());
        ObjectNode outcome = n.putObject("outcome").put("result", e.result());
        outcome.put("reason", e.reason());
        n.put("published", OktaDates.format(e.published()));
        n.putObject("securityContext");
        n.put("severity", e.severity());
        n.putObject("debugContext").putObject("debugData").put("requestId", e.requestId());
        n.putNull("legacyEventType");
        n.putObject("transaction").put("type", "WEB").put("id", e.requestId()).putObject("detail");
        n.put("uuid", e.uuid());
        n.put("version", "0");
        n.putObject("request").putArray("ipChain");
        ArrayNode targets = n.putArray("target");
        e.target().forEach(t -> targets.add(actor(t)));
        return n;
    }

    private static ObjectNode actor(LogActor a) {
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("type", a.type());
        n.put("alternateId", a.alternateId() == null ? "unknown" : a.alternateId());
        n.put("displayName", a.displayName());
        n.putNull("detailEntry");
        return n;
    }
}
