package dev.dtu.twins.okta.model;

/** One link of a linked object: the associated user's primary user in a relationship; keyed {@code primaryName/associatedUserId}. */
public record UserLink(String id, String primaryName, String associatedUserId, String primaryUserId) {

    public static String key(String primaryName, String associatedUserId) {
        return primaryName + "/" + associatedUserId;
    }
}
