package dev.dtu.twins.jira.model;

import static dev.dtu.twins.jira.model.JiraKinds.*;

import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Custom avatars and the avatar each owner shows: read from a state, written in a transaction. */
public final class Avatars {
    private final State state;
    private final Tx tx;

    private Avatars(State state, Tx tx) {
        this.state = state;
        this.tx = tx;
    }

    public static Avatars of(State state) {
        return new Avatars(state, null);
    }

    public static Avatars writing(Tx tx) {
        return new Avatars(tx.state(), tx);
    }

    /** The owner's custom avatars, oldest first. */
    public List<Avatar> custom(String type, String owner) {
        return state.all(AVATARS).values().stream().filter(a -> a.type().equals(type) && a.owner().equals(owner)).toList();
    }

    public Optional<Avatar> custom(String id) {
        try {
            return state.get(AVATARS, numberKey(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The avatar id the owner shows: the one chosen, else the type's default. */
    public long shown(String type, String owner, long fallback) {
        return state.get(AVATAR_CHOICES, type + "/" + owner).map(Long::parseLong).orElse(fallback);
    }

    public Avatar store(String type, String owner, byte[] png) {
        long id = 10_999 + tx.next("jira.avatar");
        return tx.put(AVATARS, numberKey(id), new Avatar(Long.toString(id), type, owner, Base64.getEncoder().encodeToString(png)));
    }

    /** Removes a custom avatar; an owner showing it goes back to its default. */
    public void delete(Avatar a) {
        tx.remove(AVATARS, numberKey(Long.parseLong(a.id())));
        String choice = a.type() + "/" + a.owner();
        if (tx.get(AVATAR_CHOICES, choice).filter(a.id()::equals).isPresent()) {
            tx.remove(AVATAR_CHOICES, choice);
        }
    }

    public void choose(String type, String owner, String avatarId) {
        tx.put(AVATAR_CHOICES, type + "/" + owner, avatarId);
    }
}
