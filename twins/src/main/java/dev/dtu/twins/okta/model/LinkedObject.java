package dev.dtu.twins.okta.model;

/** A linked object definition: a primary and an associated relationship between users (manager and subordinate). */
public record LinkedObject(String id, String primaryName, String primaryTitle, String primaryDescription,
        String associatedName, String associatedTitle, String associatedDescription) {
}
