package dev.dtu.examples.triage;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The few Slack Web API methods the app uses, through slack-api-client's {@link MethodsClient}. That client does
 * not retry (only its async client queues rate-limited calls, pacing them by a per-process history of the last
 * minute that a sweep's many trajectories would fill), so each call is retried here: after a 429 as long as
 * Retry-After says (https://api.slack.com/apis/rate-limits), after a 5xx or a dropped connection with backoff.
 */
final class SlackClient {
    private static final int ATTEMPTS = 5;

    private final MethodsClient methods;
    private final boolean ignoreRetryAfter;

    SlackClient(MethodsClient methods, boolean ignoreRetryAfter) {
        this.methods = methods;
        this.ignoreRetryAfter = ignoreRetryAfter;
    }

    /** Posts a message (in a thread when threadTs is given); the posted message's ts, if Slack said ok. */
    Optional<String> postMessage(String channel, String text, String threadTs) {
        return call(() -> methods.chatPostMessage(r -> r.channel(channel).text(text).threadTs(threadTs)))
                .map(r -> r.getTs());
    }

    /** The id of a channel by name, searching public and private channels the bot can see. */
    Optional<String> channelId(String name) {
        String cursor = null;
        do {
            String page = cursor;
            Optional<ConversationsListResponse> list = call(() -> methods.conversationsList(r -> r
                    .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
                    .limit(200).cursor(page)));
            if (list.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> id = list.get().getChannels().stream().filter(c -> name.equals(c.getName()))
                    .map(Conversation::getId).findFirst();
            if (id.isPresent()) {
                return id;
            }
            cursor = list.get().getResponseMetadata() == null ? null : list.get().getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return Optional.empty();
    }

    /** A member's email (users.info; needs users:read.email). */
    Optional<String> email(String userId) {
        return call(() -> methods.usersInfo(r -> r.user(userId)))
                .map(r -> r.getUser().getProfile().getEmail());
    }

    private interface Method<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    /** The answer when Slack said ok, or empty when it said no or every attempt failed. */
    private <T extends SlackApiTextResponse> Optional<T> call(Method<T> method) {
        long backoff = 100;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                T response = method.call();
                return response.isOk() ? Optional.of(response) : Optional.empty();
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429) {
                    if (!ignoreRetryAfter) { // the planted bug hammers the API again at once
                        Pause.millis(1000L * retryAfter(e));
                    }
                    continue;
                }
                if (status < 500) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                // a dropped connection: back off as for a 5xx
            }
            Pause.millis(backoff);
            backoff *= 2;
        }
        return Optional.empty();
    }

    private static long retryAfter(SlackApiException e) {
        try {
            return Long.parseLong(Optional.ofNullable(e.getResponse().header("Retry-After")).orElse("1").trim());
        } catch (NumberFormatException bad) {
            return 1;
        }
    }
}
