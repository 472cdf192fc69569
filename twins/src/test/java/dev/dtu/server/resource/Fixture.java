package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small declared resource ("widgets") over an inline OpenAPI document, driven without HTTP. */
final class Fixture {
    static final JsonNode DOC = Json.parseYaml("""
            components:
              schemas:
                Widget:
                  type: object
                  required: [name]
                  properties:
                    id: {type: string, readOnly: true}
                    name: {type: string, maxLength: 10}
                    color: {type: string, enum: [red, blue], default: red}
                    size: {type: integer}
                    site: {type: string, format: uri}
                    tags: {type: array, maxItems: 2, items: {type: string}}
                    status: {type: string, readOnly: true}
                    created: {type: string, readOnly: true}
                Zone:
                  type: object
                  required: [name, type]
                  properties:
                    name: {type: string}
                    type: {type: string, enum: [IP, DYNAMIC]}
                  discriminator:
                    propertyName: type
                    mapping: {IP: "#/components/schemas/IpZone"}
                IpZone:
                  allOf:
                    - $ref: "#/components/schemas/Zone"
                    - type: object
                      required: [gateways]
                      properties:
                        gateways: {type: array, items: {type: object, required: [value], properties: {value: {type: string}}}}
            """);

    static Declaration declaration(String twin, String extra) {
        ObjectNode raw = (ObjectNode) Json.parseYaml("""
                schema: Widget
                kind: widgets
                collection: /widgets
                item: /widgets/{widgetId}
                id: okta:wid
                operations: {list: listWidgets, create: createWidget, get: getWidget, replace: replaceWidget, patch: patchWidget, delete: deleteWidget}
                lifecycle:
                  field: status
                  initial: ACTIVE
                  transitions:
                    activate: {operation: activateWidget, to: ACTIVE}
                    deactivate: {operation: deactivateWidget, to: INACTIVE}
                  deletableIn: [INACTIVE]
                unique: [name]
                writeOnce: [size]
                stamps: {created: created}
                listField: widgets
                """ + extra);
        raw.put("twin", twin);
        return Json.YAML.convertValue(raw, Declaration.class);
    }

    static DeclaredResource widgets(String twin, Convention convention) {
        return new DeclaredResource(declaration(twin, ""), Schema.of(DOC, "Widget"), Hooks.NONE, convention::time);
    }

    /** Applies a write to a state and returns the new state. */
    static State write(State state, java.util.function.Consumer<Write> change) {
        Tx tx = new Tx(state);
        change.accept(new Write(tx, Instant.parse("2026-01-02T03:04:05Z"), "00uadmin"));
        return tx.state();
    }

    static Request get(String path, String... query) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            q.put(query[i], List.of(query[i + 1]));
        }
        return new Request("GET", path, q, Map.of(), new byte[0], "http://127.0.0.1:1/u/u-1/twin");
    }

    static JsonNode json(String text) {
        return Json.parseYaml(text);
    }

    private Fixture() {}
}
