package dev.dtu.twins.slack.api;

import dev.dtu.server.http.Request;
import dev.dtu.server.twin.RateLimitPolicy;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Optional;

/**
 * Slack's limits: each method's tier counts per method and token; chat.postMessage counts per channel
 * (https://api.slack.com/docs/rate-limits#special).
 */
public final class SlackRateLimits implements RateLimitPolicy {
    private final MethodTable methods;

    public SlackRateLimits(MethodTable methods) {
        this.methods = methods;
    }

    @Override
    public Optional<Limit> limitFor(Request request, String operation) {
        Optional<SlackMethod> method = methods.get(operation);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        Tier tier = method.get().tier();
        Args args;
        try {
            args = Args.parse(request);
        } catch (SlackError e) {
            return Optional.empty(); // the method itself will answer with the error
        }
        String bucket = tier == Tier.POST_MESSAGE
                ? operation + ":" + args.string("channel").orElse("")
                : operation + ":" + request.bearerToken().or(() -> args.string("token")).orElse("");
        return Optional.of(new Limit(bucket, tier.permits(), tier.windowMillis()));
    }
}
