package dev.dtu.twins.jira.model;

/** Comment rules in one place. */
public final class Comments {
    /** Jira v3's answer to a comment body that is not an ADF document. */
    public static final String INVALID_BODY = "Comment body is not valid!";
    public static final int MAX_BODY_CHARS = 32_767;

    private Comments() {}

    public static String notFound(String id) {
        return "Can not find a comment for the id: " + id + ".";
    }
}
