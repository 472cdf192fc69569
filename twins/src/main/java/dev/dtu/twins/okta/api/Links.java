package dev.dtu.twins.okta.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Okta's HAL-style {@code _links}: {@code {"self": {"href": ...}}}. */
final class Links {
    private Links() {
    }

    static ObjectNode href(ObjectNode links, String rel, String href) {
        links.putObject(rel).put("href", href);
        return links;
    }

    static ObjectNode action(ObjectNode links, String rel, String href) {
        links.putObject(rel).put("href", href).put("method", "POST");
        return links;
    }
}
