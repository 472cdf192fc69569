package dev.dtu.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A running DTU server as a test sees it: its URL and its universes. */
public final class Dtu {
    private final AdminClient admin;

    Dtu(String url) {
        this.admin = new AdminClient(url);
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return admin.url();
    }

    /** A new universe from the default company. */
    public DtuUniverse create(String name) {
        return create(name, null);
    }

    /** A new universe from a seed document (see {@code seed.schema.json}); null for the default company. */
    public DtuUniverse create(String name, JsonNode seed) {
        ObjectNode body = AdminClient.JSON.createObjectNode().put("name", name);
        if (seed != null) {
            body.set("seed", seed);
        }
        return new DtuUniverse(admin, admin.post("/_dtu/universes", body));
    }

    /** An existing universe, by id or unambiguous name. */
    public DtuUniverse universe(String idOrName) {
        return new DtuUniverse(admin, admin.get("/_dtu/universes/" + idOrName));
    }

    /** Any admin or twin route not wrapped here: {@code method} on {@code path} (from the server's root). */
    public JsonNode call(String method, String path, Object body) {
        return admin.send(method, path, body);
    }
}
