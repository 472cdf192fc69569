package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.okta.model.Factor;
import dev.dtu.twins.okta.model.FactorStatus;
import dev.dtu.twins.okta.model.FactorTransaction;
import dev.dtu.twins.okta.model.FactorType;
import dev.dtu.twins.okta.model.Totp;
import java.util.List;

/** Okta's {@code UserFactor} objects, the catalog entries and a push transaction's answer. */
final class FactorJson {
    private FactorJson() {
    }

    static String self(Factor f, String orgUrl) {
        return orgUrl + "/api/v1/users/" + f.userId() + "/factors/" + f.id();
    }

    static ObjectNode of(Factor f, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("id", f.id());
        n.put("factorType", f.type().value());
        n.put("provider", f.provider());
        n.put("vendorName", f.provider());
        n.put("status", f.status().name());
        n.put("created", OktaDates.format(f.created()));
        n.put("lastUpdated", OktaDates.format(f.lastUpdated()));
        n.set("profile", Json.tree(f.profile()));
        String self = self(f, orgUrl);
        ObjectNode links = n.putObject("_links");
        if (f.status() == FactorStatus.PENDING_ACTIVATION) {
            hinted(links, "activate", self + "/lifecycle/activate", "POST");
            if (f.type() == FactorType.TOTP) {
                n.putObject("_embedded").set("activation", totpActivation(f, orgUrl));
            }
        } else {
            hinted(links, "verify", self + "/verify", "POST");
        }
        hinted(links, "self", self, "GET", "DELETE");
        hinted(links, "user", orgUrl + "/api/v1/users/" + f.userId(), "GET");
        return n;
    }

    /** The activation Okta embeds for a pending TOTP factor: the shared secret the client computes codes from. */
    private static ObjectNode totpActivation(Factor f, String orgUrl) {
        ObjectNode a = Json.object();
        a.put("timeStep", Totp.TIME_STEP);
        a.put("sharedSecret", f.secret());
        a.put("encoding", "base32");
        a.put("keyLength", f.secret().length());
        a.putObject("_links").putObject("qrcode")
                .put("href", self(f, orgUrl) + "/qr/" + f.id())
                .put("type", "image/png");
        return a;
    }

    static ObjectNode catalogEntry(FactorType type, String provider, boolean enrolled, String userUrl) {
        ObjectNode n = Json.object();
        n.put("factorType", type.value());
        n.put("provider", provider);
        n.put("vendorName", provider);
        n.put("status", enrolled ? "ACTIVE" : "NOT_SETUP");
        n.put("enrollment", "OPTIONAL");
        hinted(n.putObject("_links"), "enroll", userUrl + "/factors", "POST");
        return n;
    }

    static ObjectNode transaction(FactorTransaction t, String result, String orgUrl) {
        ObjectNode n = Json.object();
        n.put("factorResult", result);
        n.put("expiresAt", OktaDates.format(t.expiresAt()));
        String base = orgUrl + "/api/v1/users/" + t.userId() + "/factors/" + t.factorId();
        ObjectNode links = n.putObject("_links");
        hinted(links, "poll", base + "/transactions/" + t.id(), "GET");
        hinted(links, "cancel", base + "/transactions/" + t.id(), "DELETE");
        return n;
    }

    static void hinted(ObjectNode links, String rel, String href, String... methods) {
        ObjectNode link = links.putObject(rel).put("href", href);
        ArrayNode allow = link.putObject("hints").putArray("allow");
        List.of(methods).forEach(allow::add);
    }
}
