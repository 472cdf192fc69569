package dev.dtu.twins.slack.api;

import dev.dtu.server.twin.Credential;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.Secrets;
import dev.dtu.twins.slack.model.AppConfig;
import dev.dtu.twins.slack.model.Author;
import dev.dtu.twins.slack.model.Installs;
import dev.dtu.twins.slack.model.Scopes;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.Token;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.Workspace;
import java.util.List;
import java.util.Optional;

/** The token a call came with, and whose it is. */
public record Caller(Token token, User user) {
    /** The app-level token: no user behind it, only app-level scopes. */
    private static final Token APP_TOKEN = new Token(Secrets.APP_TOKEN, "app", null, null, Scopes.APP_LEVEL, false);

    /**
     * Finds the caller. Slack reads the token from {@code Authorization: Bearer} or the {@code token}
     * argument, but JSON bodies must use the header (https://api.slack.com/web#posting_json).
     */
    public static Caller of(TwinCall call, Args args, Workspace ws) {
        Optional<String> secret = call.request().bearerToken().filter(s -> !s.isBlank());
        if (secret.isEmpty() && !args.isJson()) {
            secret = args.string("token");
        }
        if (secret.isEmpty()) {
            call.markUnauthenticated();
            throw new SlackError("not_authed");
        }
        Optional<String> credential = call.credential(secret.get()).map(Credential::name);
        if (credential.filter(Secrets.APP_TOKEN::equals).isPresent()) {
            return new Caller(APP_TOKEN, null);
        }
        if (credential.filter(dev.dtu.twins.slack.model.ConfigTokens.ACCESS::equals).isPresent()) {
            Token config = dev.dtu.twins.slack.model.ConfigTokens.minted(ws.tx())
                    .orElseThrow(() -> new SlackError("invalid_auth"));
            return new Caller(config, ws.user(config.userId()).orElseThrow(() -> new SlackError("invalid_auth")));
        }
        String given = secret.get();
        Token token = credential
                .flatMap(name -> ws.tx().get(SlackKinds.TOKENS, name))
                .or(() -> Installs.find(ws.tx(), given, ws.nowSeconds()))
                .orElseThrow(() -> new SlackError("invalid_auth"));
        if (token.revoked()) {
            throw new SlackError("token_revoked");
        }
        User user = ws.user(token.userId()).orElseThrow(() -> new SlackError("invalid_auth"));
        if (user.deleted()) {
            throw new SlackError("account_inactive");
        }
        return new Caller(token, user);
    }

    /** A person acting through the admin API: as if with a user token carrying the default user scopes. */
    public static Caller person(Workspace ws, String userId) {
        User user = ws.requireUser(userId);
        if (user.deleted()) {
            throw new SlackError("account_inactive");
        }
        return new Caller(new Token("admin:" + userId, "user", userId, null, Scopes.USER_DEFAULT, false), user);
    }

    public String userId() {
        return user.id();
    }

    public boolean isBot() {
        return token.isBot();
    }

    public boolean isAppLevel() {
        return token.type().equals("app");
    }

    public Author author(AppConfig app) {
        return isBot() ? new Author(user.id(), app.botId(), app.appId()) : Author.person(user.id());
    }

    public void require(String scope) {
        if (!token.has(scope)) {
            throw new SlackError.MissingScope(scope, token.scopes());
        }
    }

    /** Passes when the token has any of the scopes; otherwise Slack names them all as needed. */
    public void requireAny(List<String> scopes) {
        if (scopes.stream().noneMatch(token::has)) {
            throw new SlackError.MissingScope(String.join(",", scopes), token.scopes());
        }
    }
}
