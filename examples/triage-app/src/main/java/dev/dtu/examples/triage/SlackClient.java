package dev.dtu.examples.triage;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsCompletionException;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.metrics.MemoryMetricsDatastore;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.rate_limits.metrics.MetricsDatastore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The few Slack Web API methods the app uses, through slack-api-client's {@link AsyncMethodsClient}, whose
 * rate-limit queue handles 429s: it records the Retry-After of a rate-limited call in the client's metrics
 * datastore and runs the call again once that time has passed
 * (https://slack.dev/java-slack-sdk/guides/web-api-basics#rate-limits). The SDK does not retry 5xx or dropped
 * connections, so those are retried here with backoff.
 *
 * <p>The planted bug {@code ignore-retry-after} turns the SDK's metrics off ({@link SlackConfig#setStatsEnabled}):
 * the synchronous client then no longer records Retry-After, and the queue runs a rate-limited call again at once.
 */
final class SlackClient {
    private static final int ATTEMPTS = 5;

    private final Slack slack;
    private final String token;
    private AsyncMethodsClient methods;

    SlackClient(String apiUrl, String token, boolean ignoreRetryAfter) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setStatsEnabled(!ignoreRetryAfter);
        this.slack = Slack.getInstance(config);
        this.token = token;
        this.methods = slack.methodsAsync(token);
    }

    /** The SDK instance (its configuration and HTTP client), for Bolt. */
    Slack slack() {
        return slack;
    }

    /**
     * Forgets the traffic the client counted: the rate-limit queue paces each method by the calls of the last minute,
     * and after the scenario engine puts the universe back to its start those calls belong to another world.
     */
    synchronized void forget() {
        MethodsConfig config = slack.getConfig().getMethodsConfig();
        MetricsDatastore old = config.getMetricsDatastore();
        config.setMetricsDatastore(new MemoryMetricsDatastore(1));
        this.methods = slack.methodsAsync(token);
        try {
            old.close();
        } catch (Exception e) {
            System.err.println("slack: closing the old metrics: " + e);
        }
    }

    /** Posts a message (in a thread when threadTs is given); the posted message's ts, if Slack said ok. */
    Optional<String> postMessage(String channel, String text, String threadTs) {
        return call(m -> m.chatPostMessage(r -> r.channel(channel).text(text).threadTs(threadTs))).map(r -> r.getTs());
    }

    /** The id of a channel by name, searching public and private channels the bot can see. */
    Optional<String> channelId(String name) {
        String cursor = null;
        do {
            String page = cursor;
            Optional<ConversationsListResponse> list = call(m -> m.conversationsList(r -> r
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
        return call(m -> m.usersInfo(r -> r.user(userId))).map(r -> r.getUser().getProfile().getEmail());
    }

    /** The answer when Slack said ok, or empty when it said no or every attempt failed. */
    private <T extends SlackApiTextResponse> Optional<T> call(Function<AsyncMethodsClient, CompletableFuture<T>> method) {
        long backoff = 100;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                T response = method.apply(client()).get();
                return response.isOk() ? Optional.of(response) : Optional.empty();
            } catch (ExecutionException e) {
                if (!worthRetrying(e.getCause())) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            Pause.millis(backoff);
            backoff *= 2;
        }
        return Optional.empty();
    }

    private synchronized AsyncMethodsClient client() {
        return methods;
    }

    /** A 5xx or a dropped connection (the SDK's queue has already waited out and retried any 429). */
    private static boolean worthRetrying(Throwable failure) {
        if (failure instanceof MethodsCompletionException e) {
            return e.getIoException() != null
                    || e.getSlackApiException() != null && e.getSlackApiException().getResponse().code() >= 500;
        }
        return false;
    }
}
