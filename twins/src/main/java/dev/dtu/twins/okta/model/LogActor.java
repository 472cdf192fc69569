package dev.dtu.twins.okta.model;

/** An {@code actor} or {@code target} entry of a System Log event. */
public record LogActor(String id, String type, String alternateId, String displayName) {

    public static LogActor of(User user) {
        return new LogActor(user.id(), "User", user.login(), user.displayName());
    }

    public static LogActor of(Group group) {
        return new LogActor(group.id(), "UserGroup", null, group.name());
    }

    public static LogActor of(Application app) {
        return new LogActor(app.id(), "AppInstance", app.clientId() != null ? app.clientId() : app.name(), app.label());
    }

    public static LogActor client(String clientId, String label) {
        return new LogActor(clientId, "PublicClientApp", clientId, label);
    }
}
