package dev.dtu.twins.slack.model;

import dev.dtu.server.resource.Resource;
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

    /** The long tail, kept as the framework's plain resources: Slack's own JSON of each thing, by id. */
    public static final Kind<Resource> USERGROUPS = Kind.of(TWIN, "usergroups", Resource.class);
    public static final Kind<Resource> BOOKMARKS = Kind.of(TWIN, "bookmarks", Resource.class);
    public static final Kind<Resource> REMINDERS = Kind.of(TWIN, "reminders", Resource.class);
    public static final Kind<Resource> CALLS = Kind.of(TWIN, "calls", Resource.class);
    public static final Kind<Resource> CANVASES = Kind.of(TWIN, "canvases", Resource.class);
    public static final Kind<Resource> REMOTE_FILES = Kind.of(TWIN, "remote_files", Resource.class);
    /** Per member: profile fields set by users.profile.set, presence, Do Not Disturb, last read marks. */
    public static final Kind<Resource> MEMBER_PREFS = Kind.of(TWIN, "member_prefs", Resource.class);
    /** Open modals and published App Homes, by view id; the resource's parent is the user who sees the view. */
    public static final Kind<Resource> VIEWS = Kind.of(TWIN, "views", Resource.class);
    /** trigger_ids handed to the app with interactions, by id: who caused them, from which view, whether used. */
    public static final Kind<Resource> TRIGGERS = Kind.of(TWIN, "triggers", Resource.class);
    /** AI assistant threads by {@code channel/thread_ts}: status, title, suggested prompts; chat streams likewise. */
    public static final Kind<Resource> ASSISTANT_THREADS = Kind.of(TWIN, "assistant_threads", Resource.class);
    public static final Kind<Resource> STREAMS = Kind.of(TWIN, "streams", Resource.class);
    /** Slack Lists by file id (columns, access grants, export jobs), and their items by record id. */
    public static final Kind<Resource> LISTS = Kind.of(TWIN, "lists", Resource.class);
    public static final Kind<Resource> LIST_ITEMS = Kind.of(TWIN, "list_items", Resource.class);
    /** Apps made with the App Manifest API, by app id: their manifest, credentials and maker. */
    public static final Kind<Resource> APP_MANIFESTS = Kind.of(TWIN, "app_manifests", Resource.class);

    public static final List<Kind<?>> ALL = List.of(TEAM, USERS, BOTS, CONVERSATIONS, MESSAGES, FILES, PINS, SCHEDULED, TOKENS, APP,
            INCOMING_WEBHOOKS, OAUTH, OAUTH_CODES, ISSUED_TOKENS, REFRESH_GRANTS, EXCHANGED_TOKENS, OPENID_KEYS,
            USERGROUPS, BOOKMARKS, REMINDERS, CALLS, CANVASES, REMOTE_FILES, MEMBER_PREFS,
            VIEWS, TRIGGERS, ASSISTANT_THREADS, STREAMS, LISTS, LIST_ITEMS, APP_MANIFESTS);

    private SlackKinds() {}
}
