package dev.dtu.twins;

import dev.dtu.server.twin.Twin;
import java.util.List;

/** Every vendor twin this server serves, in the order universes describe them. */
public final class Twins {
    private Twins() {}

    public static List<Twin> all() {
        return List.of(new dev.dtu.twins.google.GoogleTwin());
    }
}
