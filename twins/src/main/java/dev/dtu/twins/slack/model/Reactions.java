package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Emoji reactions on messages. */
public final class Reactions {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_+'-]+(::skin-tone-[2-6])?");

    private final Workspace ws;

    public Reactions(Workspace ws) {
        this.ws = ws;
    }

    public Message add(String user, Conversation c, String ts, String rawName) {
        String name = name(rawName);
        Message m = target(c, ts);
        if (m.reaction(name).map(r -> r.users().contains(user)).orElse(false)) {
            throw new SlackError("already_reacted");
        }
        List<Reaction> reactions = new ArrayList<>(m.reactions());
        int at = indexOf(reactions, name);
        if (at < 0) {
            reactions.add(new Reaction(name, List.of(user)));
        } else {
            reactions.set(at, reactions.get(at).plus(user));
        }
        Message updated = ws.save(m.withReactions(reactions));
        ws.emit("reaction_added", event("reaction_added", user, name, m), ws.botIn(c));
        return updated;
    }

    public Message remove(String user, Conversation c, String ts, String rawName) {
        String name = name(rawName);
        Message m = target(c, ts);
        List<Reaction> reactions = new ArrayList<>(m.reactions());
        int at = indexOf(reactions, name);
        if (at < 0 || !reactions.get(at).users().contains(user)) {
            throw new SlackError("no_reaction");
        }
        reactions.set(at, reactions.get(at).minus(user));
        Message updated = ws.save(m.withReactions(reactions));
        ws.emit("reaction_removed", event("reaction_removed", user, name, m), ws.botIn(c));
        return updated;
    }

    /** Slack takes the name with or without colons (":tada:" or "tada"). */
    static String name(String raw) {
        String name = raw == null ? "" : raw.replaceAll("^:|:$", "");
        if (!NAME.matcher(name).matches()) {
            throw new SlackError("invalid_name");
        }
        return name;
    }

    private Message target(Conversation c, String ts) {
        if (c.archived()) {
            throw new SlackError("is_archived");
        }
        return ws.message(c.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
    }

    private static int indexOf(List<Reaction> reactions, String name) {
        for (int i = 0; i < reactions.size(); i++) {
            if (reactions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private ObjectNode event(String type, String user, String name, Message m) {
        ObjectNode e = Json.object();
        e.put("type", type).put("user", user).put("reaction", name).put("item_user", m.user());
        e.putObject("item").put("type", "message").put("channel", m.channel()).put("ts", m.ts());
        return e;
    }
}
