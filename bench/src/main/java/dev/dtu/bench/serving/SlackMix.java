package dev.dtu.bench.serving;

import java.util.List;
import java.util.Map;

/** The request mix every serving target gets: post a message, read the channel's latest ten, repeat. */
public record SlackMix(String channel, String token) {
    public static final int HISTORY_LIMIT = 10;
    public static final String TEXT = "load+test+message+from+the+benchmark";

    public List<WireRequest> requests(int port, String apiPrefix) {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        return List.of(
                WireRequest.form("chat.postMessage", port, apiPrefix + "chat.postMessage",
                        "channel=" + channel + "&text=" + TEXT, auth),
                WireRequest.form("conversations.history", port, apiPrefix + "conversations.history",
                        "channel=" + channel + "&limit=" + HISTORY_LIMIT, auth));
    }
}
