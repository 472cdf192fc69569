package dev.dtu.server.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored instance of a declared resource: the vendor's representation as the vendor stores it (without
 * links, which depend on the URL the client used). Stored in the universe {@code State} like every entity;
 * never changed in place (the service copies {@code body} before every change).
 *
 * @param parent the parent's id for a nested resource, else null
 */
public record Resource(String id, String parent, ObjectNode body) {
    public String text(String field) {
        return body.path(field).asText(null);
    }
}
