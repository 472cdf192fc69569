package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.Tier.POST_MESSAGE;
import static dev.dtu.twins.slack.api.Tier.TIER1;
import static dev.dtu.twins.slack.api.Tier.TIER2;
import static dev.dtu.twins.slack.api.Tier.TIER3;
import static dev.dtu.twins.slack.api.Tier.TIER4;

import dev.dtu.twins.slack.events.SocketMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every Web API method the twin serves, with its rate tier and scope (https://api.slack.com/methods).
 * A null scope means none. In "{type}:read" and the like, {type} is the conversation's scope family
 * (channels, groups, im, mpim); bots write to public channels with channels:manage. Those scopes are
 * checked by the handlers once they know the conversation.
 */
public final class MethodTable {
    private static final boolean READ = false;
    private static final boolean WRITE = true;

    private final Map<String, SlackMethod> methods = new TreeMap<>();

    /** The table without Socket Mode's live sockets (what the coverage report lists). */
    public MethodTable() {
        this(new SocketMode());
    }

    public MethodTable(SocketMode socketMode) {
        open("api.test", TIER4, AuthApi::apiTest);
        read("auth.test", TIER4, null, AuthApi::authTest);
        read("team.info", TIER3, "team:read", AuthApi::teamInfo);
        read("bots.info", TIER3, "users:read", AuthApi::botsInfo);
        read("apps.connections.open", TIER1, "connections:write", m -> AppsApi.connectionsOpen(m, socketMode));

        write("chat.postMessage", POST_MESSAGE, "chat:write", ChatApi::postMessage);
        write("chat.update", TIER3, "chat:write", ChatApi::update);
        write("chat.delete", TIER3, "chat:write", ChatApi::delete);
        write("chat.postEphemeral", TIER4, "chat:write", ChatApi::postEphemeral);
        read("chat.getPermalink", TIER4, null, ChatApi::getPermalink);
        write("chat.scheduleMessage", TIER3, "chat:write", ScheduleApi::scheduleMessage);
        read("chat.scheduledMessages.list", TIER3, null, ScheduleApi::list);
        write("chat.deleteScheduledMessage", TIER3, "chat:write", ScheduleApi::delete);

        readByConversation("conversations.list", TIER2, "{type}:read", ConversationsApi::list);
        readByConversation("conversations.info", TIER3, "{type}:read", ConversationsApi::info);
        readByConversation("conversations.members", TIER4, "{type}:read", ConversationsApi::members);
        readByConversation("conversations.history", TIER3, "{type}:history", ConversationsApi::history);
        readByConversation("conversations.replies", TIER3, "{type}:history", ConversationsApi::replies);
        writeByConversation("conversations.create", TIER2, "{type}:write", ChannelsApi::create);
        writeByConversation("conversations.join", TIER3, "channels:join (bots), channels:write (users)", ChannelsApi::join);
        writeByConversation("conversations.invite", TIER3, "{type}:write", ChannelsApi::invite);
        writeByConversation("conversations.kick", TIER3, "{type}:write", ChannelsApi::kick);
        writeByConversation("conversations.leave", TIER3, "{type}:write", ChannelsApi::leave);
        writeByConversation("conversations.archive", TIER2, "{type}:write", ChannelsApi::archive);
        writeByConversation("conversations.unarchive", TIER2, "{type}:write", ChannelsApi::unarchive);
        writeByConversation("conversations.rename", TIER2, "{type}:write", ChannelsApi::rename);
        writeByConversation("conversations.setTopic", TIER2, "{type}:write", ChannelsApi::setTopic);
        writeByConversation("conversations.setPurpose", TIER2, "{type}:write", ChannelsApi::setPurpose);
        writeByConversation("conversations.open", TIER3, "{type}:write", ChannelsApi::open);

        read("users.list", TIER2, "users:read", UsersApi::list);
        read("users.info", TIER4, "users:read", UsersApi::info);
        read("users.lookupByEmail", TIER3, "users:read.email", UsersApi::lookupByEmail);
        readByConversation("users.conversations", TIER3, "{type}:read", ConversationsApi::userConversations);

        write("reactions.add", TIER3, "reactions:write", ReactionsApi::add);
        write("reactions.remove", TIER2, "reactions:write", ReactionsApi::remove);
        read("reactions.get", TIER3, "reactions:read", ReactionsApi::get);

        write("files.getUploadURLExternal", TIER4, "files:write", FilesApi::getUploadURLExternal);
        write("files.completeUploadExternal", TIER4, "files:write", FilesApi::completeUploadExternal);
        read("files.info", TIER4, "files:read", FilesApi::info);
        read("files.list", TIER3, "files:read", FilesApi::list);
        write("files.delete", TIER3, "files:write", FilesApi::delete);

        LongTail.register(this);
        AppSurfaces.register(this);

        write("pins.add", TIER2, "pins:write", PinsApi::add);
        write("pins.remove", TIER2, "pins:write", PinsApi::remove);
        read("pins.list", TIER2, "pins:read", PinsApi::list);

        OAuthApi.methods().forEach(m -> methods.put(m.name(), m));
        OpenIdApi.methods().forEach(m -> methods.put(m.name(), m));
    }

    public Optional<SlackMethod> get(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    public Collection<SlackMethod> all() {
        return methods.values();
    }

    void open(String name, Tier tier, SlackMethod.Handler handler) {
        methods.put(name, new SlackMethod(name, tier, READ, false, null, false, handler));
    }

    void read(String name, Tier tier, String scope, SlackMethod.Handler handler) {
        methods.put(name, new SlackMethod(name, tier, READ, true, scope, scope != null, handler));
    }

    void write(String name, Tier tier, String scope, SlackMethod.Handler handler) {
        methods.put(name, new SlackMethod(name, tier, WRITE, true, scope, scope != null, handler));
    }

    void readByConversation(String name, Tier tier, String scope, SlackMethod.Handler handler) {
        methods.put(name, new SlackMethod(name, tier, READ, true, scope, false, handler));
    }

    void writeByConversation(String name, Tier tier, String scope, SlackMethod.Handler handler) {
        methods.put(name, new SlackMethod(name, tier, WRITE, true, scope, false, handler));
    }
}
