package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Tx;
import java.util.Optional;

/** The app's incoming webhooks: one per channel an installer picked (or the seed names). */
public final class IncomingWebhooks {
    private IncomingWebhooks() {}

    /** {@code slack.app.incomingWebhooks}: channel names, each given a webhook. */
    static void seed(JsonNode channelNames, Tx tx) {
        for (int i = 0; i < channelNames.size(); i++) {
            String name = channelNames.get(i).asText();
            String at = "slack.app.incomingWebhooks[" + i + "]";
            Conversation c = tx.all(SlackKinds.CONVERSATIONS).values().stream()
                    .filter(x -> name.equals(x.name())).findFirst()
                    .orElseThrow(() -> new SeedException(at,
                            "no channel named '" + name + "' in slack.channels"));
            add(tx, c.id(), null);
        }
    }

    public static IncomingWebhook add(Tx tx, String channel, String installer) {
        IncomingWebhook hook = new IncomingWebhook(Ids.next(tx, "B"), channel, installer, true);
        return tx.put(SlackKinds.INCOMING_WEBHOOKS, hook.id(), hook);
    }

    /** The active webhook for this channel, if the app has one. */
    public static Optional<IncomingWebhook> forChannel(Tx tx, String channel) {
        return tx.all(SlackKinds.INCOMING_WEBHOOKS).values().stream()
                .filter(h -> h.active() && h.channel().equals(channel)).findFirst();
    }

    /** Uninstalling the app turns every webhook off. */
    public static void deactivateAll(Tx tx) {
        tx.all(SlackKinds.INCOMING_WEBHOOKS).values()
                .forEach(h -> tx.put(SlackKinds.INCOMING_WEBHOOKS, h.id(), h.withActive(false)));
    }
}
