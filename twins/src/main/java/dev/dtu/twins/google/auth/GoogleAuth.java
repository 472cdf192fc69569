package dev.dtu.twins.google.auth;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.TwinCall;
import java.util.List;
import java.util.Optional;

/** Access tokens: one per account ("ya29." + random), each acting as that account. */
public final class GoogleAuth {
    public static final Kind<GoogleAccount> ACCOUNTS = Kind.of("google", "accounts", GoogleAccount.class);
    public static final Kind<GoogleApp> APP = Kind.of("google", "app", GoogleApp.class);

    private GoogleAuth() {}

    public static List<CredentialSpec> credentials(State state) {
        return state.all(ACCOUNTS).values().stream()
                .map(a -> new CredentialSpec(a.credentialName(), r -> "ya29." + CredentialSpec.alnum(r, 120)))
                .toList();
    }

    /** The caller of a request, or empty when its token is missing, unknown, another universe's or suspended. */
    public static Optional<Caller> caller(TwinCall call) {
        State state = call.state();
        String domain = state.get(APP, GoogleApp.ID).map(GoogleApp::domain).orElse("");
        return call.request().bearerToken()
                .flatMap(call::credential)
                .filter(c -> c.name().startsWith("person:"))
                .flatMap(c -> state.get(ACCOUNTS, c.name().substring("person:".length())))
                .filter(GoogleAccount::active)
                .map(a -> new Caller(a, domain));
    }

    public static Optional<GoogleAccount> byEmail(State state, String email) {
        return state.all(ACCOUNTS).values().stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst();
    }
}
