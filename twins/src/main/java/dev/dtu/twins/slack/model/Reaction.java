package dev.dtu.twins.slack.model;

import java.util.ArrayList;
import java.util.List;

/** One emoji on a message and who added it, in order. */
public record Reaction(String name, List<String> users) {
    public Reaction {
        users = List.copyOf(users);
    }

    public int count() {
        return users.size();
    }

    public Reaction plus(String user) {
        List<String> more = new ArrayList<>(users);
        more.add(user);
        return new Reaction(name, more);
    }

    public Reaction minus(String user) {
        List<String> fewer = new ArrayList<>(users);
        fewer.remove(user);
        return new Reaction(name, fewer);
    }
}
