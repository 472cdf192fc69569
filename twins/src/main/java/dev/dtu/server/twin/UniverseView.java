package dev.dtu.server.twin;

import java.util.Optional;

/** What a twin may know of its universe when describing it: ids, URLs and minted secrets. */
public interface UniverseView {
    String id();

    String name();

    /** The absolute server URL clients reach, without trailing slash ("http://127.0.0.1:8080"). */
    String serverUrl();

    /** The twin's root under this universe: {@code serverUrl + "/u/" + id + "/" + twin}. */
    default String twinUrl(String twin) {
        return serverUrl() + "/u/" + id() + "/" + twin;
    }

    Optional<String> secret(String twin, String credentialName);

    dev.dtu.server.state.State state();
}
