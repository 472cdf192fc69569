package dev.dtu.server.http;

import dev.dtu.server.faults.FaultPlan;
import dev.dtu.server.faults.FaultRule;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.journal.RawEntry;
import dev.dtu.server.metrics.Metrics;
import dev.dtu.server.twin.RateLimitPolicy;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.universe.StorageQuotaExceeded;
import dev.dtu.server.universe.Universe;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The path of every twin request, written once for all twins: faults, rate limits, the twin itself,
 * then journal and metrics.
 */
public final class TwinGateway {
    private static final Logger LOG = Logger.getLogger(TwinGateway.class.getName());

    private final Metrics metrics;

    public TwinGateway(Metrics metrics) {
        this.metrics = metrics;
    }

    public Response serve(Twin twin, Universe universe, Request request) {
        long start = System.nanoTime();
        universe.requestStarted();
        try {
            String operation = operationOf(twin, request);
            TwinCall call = new TwinCall(request, universe, twin.name());
            FaultPlan.Decision decision = universe.faults().decide(twin.name(), operation, request.method(), request.path());
            Response response = answer(twin, call, operation, decision);
            stampDate(response, universe);
            long nanos = System.nanoTime() - start;
            int status = response.dropsConnection() ? 0 : response.status();
            metrics.request(twin.name(), operation, status, nanos);
            journal(universe, twin.name(), operation, call, status, response, nanos, decision);
            return response;
        } finally {
            universe.requestFinished();
        }
    }

    private Response answer(Twin twin, TwinCall call, String operation, FaultPlan.Decision decision) {
        try {
            return faultsLimitsAndTwin(twin, call, operation, decision);
        } catch (StorageQuotaExceeded e) {
            return twin.errors().storageQuotaExceeded(call.request(), e);
        } catch (Throwable e) {
            // A bug in a twin (even a StackOverflowError) must still answer in the vendor's shape, without a
            // stack trace on the wire, and log one line rather than a thousand frames.
            LOG.warning(() -> "twin " + twin.name() + " failed on " + call.request().method() + " "
                    + call.request().path() + ": " + oneLine(e));
            return twin.errors().error(500, "internal error", call.universe().clock().instant());
        }
    }

    private Response faultsLimitsAndTwin(Twin twin, TwinCall call, String operation, FaultPlan.Decision decision) {
        Universe universe = call.universe();
        Request request = call.request();
        // a fault's latency is universe time: at a clock rate of 10 the app (whose clock runs as fast) waits as long
        pause(universe.clockRealMillis(decision.delayMillis()));
        if (decision.fault() != null) {
            return fault(twin, request, decision.fault(), universe.clock().instant());
        }
        Optional<Response> limited = rateLimit(twin, universe, request, operation);
        if (limited.isPresent()) {
            return limited.get();
        }
        return twin.handle(call);
    }

    /** The error and where it was thrown, on one line. */
    static String oneLine(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e + (trace.length == 0 ? "" : " at " + trace[0]);
    }

    private Optional<Response> rateLimit(Twin twin, Universe universe, Request request, String operation) {
        if (!universe.settings().rateLimits()) {
            return Optional.empty();
        }
        Optional<RateLimitPolicy.Limit> limit = twin.rateLimits().limitFor(request, operation);
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        long retryAfter = universe.rateCounter().acquire(twin.name(), limit.get(), universe.clock().millis());
        return retryAfter == 0 ? Optional.empty()
                : Optional.of(twin.errors().rateLimited(request, retryAfter, universe.clock().instant()));
    }

    private static Response fault(Twin twin, Request request, FaultRule rule, java.time.Instant now) {
        return switch (rule.action()) {
            case "drop" -> Response.drop();
            case "rateLimit" -> twin.errors().rateLimited(request,
                    rule.retryAfterSeconds() == null ? 1 : rule.retryAfterSeconds(), now);
            default -> {
                Response r = rule.body() == null
                        ? twin.errors().error(rule.status(), "injected fault", now)
                        : rule.body().isTextual()
                                ? Response.text(rule.status(), "text/plain; charset=utf-8", rule.body().asText())
                                : Response.json(rule.status(), rule.body());
                rule.headers().forEach(r::header);
                yield r;
            }
        };
    }

    private static String operationOf(Twin twin, Request request) {
        try {
            return twin.operation(request);
        } catch (Throwable e) {
            return "unknown";
        }
    }

    /**
     * The universe's time in the {@code Date} header (RFC 9110 §6.6.1), unless the twin set it: an app comparing
     * it with its own clock, or with a reset time, sees the universe's time, not the server's.
     */
    private static void stampDate(Response response, Universe universe) {
        if (response.dropsConnection() || response.headers().keySet().stream().anyMatch("Date"::equalsIgnoreCase)) {
            return;
        }
        response.header("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(universe.clock().instant().atZone(java.time.ZoneOffset.UTC)));
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void journal(Universe u, String twin, String operation, TwinCall call, int status,
                                Response response, long nanos, FaultPlan.Decision decision) {
        Request request = call.request();
        String query = request.query().isEmpty() ? "" : QueryStrings.format(request.query());
        u.journal().append(RawEntry.of(u.clock().instant(), twin, operation, request.method(), request.path(), query,
                status, nanos / 1e6, request.headers(), request.body(), bodyWorthKeeping(u, call, status, decision),
                response.body(), u.redactor()).withFault(injected(decision)));
    }

    /**
     * Whether the journal keeps the request's body: as the twin's authentication decided — or, when a fault answered
     * before the twin read the request, when it presents a credential of this universe.
     */
    private static boolean bodyWorthKeeping(Universe u, TwinCall call, int status, FaultPlan.Decision decision) {
        return call.bodyWorthKeeping(status) || decision.fault() != null
                && call.request().presentedSecrets().stream().anyMatch(s -> u.credential(s).isPresent());
    }

    /** The fault the journal marks the entry with: the terminating rule's action, or latency alone; null for none. */
    private static JournalEntry.Fault injected(FaultPlan.Decision d) {
        Long latency = d.delayMillis() > 0 ? d.delayMillis() : null;
        if (d.fault() != null) {
            return new JournalEntry.Fault(d.fault().action(), latency);
        }
        return latency == null ? null : new JournalEntry.Fault("latency", latency);
    }
}
