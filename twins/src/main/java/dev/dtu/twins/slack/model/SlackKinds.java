package dev.dtu.twins.slack.model;

import dev.dtu.server.state.Kind;
import java.util.List;

/** The Slack twin's entity kinds, as they appear in {@code GET /_dtu/universes/{id}/state}. */
public final class SlackKinds {
    public static final String TWIN = "slack";
    public static final Kind<Team> TEAM = Kind.of(TWIN, "team", Team.class);
    public static final Kind<User> USERS = Kind.of(TWIN, "users", User.class);
    public static final Kind<Bot> BOTS = Kind.of(TWIN, "bots", Bot.class);
    public static final Kind<Conversation> CONVERSATIONS = Kind.of(TWIN, "conversations", Conversation.class);
    public static final Kind<Message> MESSAGES = Kind.of(TWIN, "messages", Message.class);
    public static final Kind<File> FILES = Kind.of(TWIN, "files", File.class);
    public static final Kind<Pin> PINS = Kind.of(TWIN, "pins", Pin.class);
    public static final Kind<ScheduledMessage> SCHEDULED = Kind.of(TWIN, "scheduled_messages", ScheduledMessage.class);
    public static final Kind<Token> TOKENS = Kind.of(TWIN, "tokens", Token.class);
    public static final Kind<AppConfig> APP = Kind.of(TWIN, "app", AppConfig.class);
    public static final Kind<IncomingWebhook> INCOMING_WEBHOOKS =
            Kind.of(TWIN, "incoming_webhooks", IncomingWebhook.class);
    public static final Kind<OAuthSettings> OAUTH = Kind.of(TWIN, "oauth", OAuthSettings.class);
    public static final Kind<OAuthCode> OAUTH_CODES = Kind.of(TWIN, "oauth_codes", OAuthCode.class);
    public static final Kind<IssuedToken> ISSUED_TOKENS = Kind.of(TWIN, "issued_tokens", IssuedToken.class);
    public static final Kind<ExchangedToken> EXCHANGED_TOKENS = Kind.of(TWIN, "exchanged_tokens", ExchangedToken.class);
    public static final Kind<OpenIdKey> OPENID_KEYS = Kind.of(TWIN, "openid_keys", OpenIdKey.class);
    public static final Kind<RefreshGrant> REFRESH_GRANTS = Kind.of(TWIN, "refresh_tokens", RefreshGrant.class);

    public static final List<Kind<?>> ALL = List.of(TEAM, USERS, BOTS, CONVERSATIONS, MESSAGES, FILES, PINS, SCHEDULED, TOKENS, APP,
            INCOMING_WEBHOOKS, OAUTH, OAUTH_CODES, ISSUED_TOKENS, REFRESH_GRANTS,
            EXCHANGED_TOKENS, OPENID_KEYS);

    private SlackKinds() {}
}
