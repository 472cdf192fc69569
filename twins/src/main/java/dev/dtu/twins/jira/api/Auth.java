package dev.dtu.twins.jira.api;

import dev.dtu.server.twin.Credential;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.JiraUser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: Basic email:apiToken (the token must be that person's), or a bearer token (the app's OAuth
 * token, or a person's API token). Deactivated accounts are refused.
 */
public final class Auth {
    public static final String APP_OAUTH = "oauth";
    public static final String PERSON = "person:";

    private Auth() {}

    public static Optional<JiraUser> caller(TwinCall call) {
        Directory dir = new Directory(call.state());
        Optional<JiraUser> user = call.request().authorization("Basic").flatMap(b -> basic(call, dir, b))
                .or(() -> call.request().bearerToken().flatMap(call::credential).flatMap(c -> owner(dir, c)));
        return user.filter(JiraUser::active);
    }

    /** Whether the call carries the app's OAuth bearer token (only apps may call the dynamic webhook routes). */
    public static boolean viaApp(TwinCall call) {
        return call.request().authorization("Basic").isEmpty() && call.request().bearerToken().flatMap(call::credential)
                .filter(c -> c.name().equals(APP_OAUTH)).isPresent();
    }

    private static Optional<JiraUser> basic(TwinCall call, Directory dir, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String email = decoded.substring(0, colon);
        return call.credential(decoded.substring(colon + 1)).filter(c -> c.name().startsWith(PERSON))
                .flatMap(c -> owner(dir, c)).filter(u -> u.emailAddress().equalsIgnoreCase(email));
    }

    private static Optional<JiraUser> owner(Directory dir, Credential c) {
        if (c.name().equals(APP_OAUTH)) {
            return dir.user(dir.settings().appAccountId());
        }
        return c.name().startsWith(PERSON) ? dir.userByPerson(c.name().substring(PERSON.length())) : Optional.empty();
    }
}
