package dev.dtu.twins.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.http.Router;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.CredentialSpec;
import dev.dtu.server.twin.RateLimitPolicy;
import dev.dtu.server.twin.Twin;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.server.twin.UniverseView;
import dev.dtu.server.twin.VendorErrors;
import dev.dtu.twins.jira.api.AdminActions;
import dev.dtu.twins.jira.api.ApiCall;
import dev.dtu.twins.jira.api.Auth;
import dev.dtu.twins.jira.api.Routes;
import dev.dtu.twins.jira.errors.JiraErrors;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import dev.dtu.twins.jira.model.JiraSeed;
import dev.dtu.twins.jira.model.JiraUser;
import dev.dtu.twins.jira.model.jql.JqlSyntaxException;
import dev.dtu.twins.jira.model.jql.JqlValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jira Cloud's platform REST API v3 for one site per universe. */
public final class JiraTwin implements Twin {
    private final Routes routes = Routes.jira();
    private final AdminActions admin = new AdminActions();
    private final JiraErrors errors = new JiraErrors();

    @Override
    public String name() {
        return JiraKinds.TWIN;
    }

    @Override
    public List<Kind<?>> kinds() {
        List<Kind<?>> kinds = new java.util.ArrayList<>(JiraKinds.all());
        kinds.addAll(dev.dtu.twins.jira.api.DeclaredApi.RESOURCES.kinds());
        return kinds;
    }

    @Override
    public void seed(SeedDocument seed, Tx tx) {
        JiraSeed.write(seed, tx);
    }

    /** One API token per person (Basic email:token) and the app's OAuth bearer token. */
    @Override
    public List<CredentialSpec> credentials(State state) {
        List<CredentialSpec> specs = new ArrayList<>();
        for (JiraUser u : new Directory(state).users()) {
            specs.add(new CredentialSpec(Auth.PERSON + u.personId(), r -> "ATATT3xFfGF0" + CredentialSpec.alnum(r, 48)));
        }
        specs.add(new CredentialSpec(Auth.APP_OAUTH, r -> "eyJraWQiOiJkdHUifQ." + CredentialSpec.alnum(r, 64)));
        return specs;
    }

    @Override
    public ObjectNode describe(UniverseView u) {
        Directory dir = new Directory(u.state());
        ObjectNode node = Json.object();
        node.put("baseUrl", u.twinUrl(name()));
        dir.user(dir.settings().appAccountId()).ifPresent(app -> {
            node.put("email", app.emailAddress());
            node.put("apiToken", u.secret(name(), Auth.PERSON + app.personId()).orElse(null));
            node.put("accountId", app.accountId());
            // The app's OAuth 2.0 bearer token: what calls the app-only routes (dynamic webhooks).
            node.put("oauthToken", u.secret(name(), Auth.APP_OAUTH).orElse(null));
        });
        return node;
    }

    @Override
    public String operation(Request request) {
        Router.Match<Routes.Route> m = routes.match(request.method(), request.path());
        return m.found() ? m.handler().operation() : dev.dtu.server.metrics.Metrics.UNKNOWN;
    }

    @Override
    public boolean refusesUnread(TwinCall call) {
        return Auth.caller(call).isEmpty();
    }

    @Override
    public Response handle(TwinCall call) {
        Optional<JiraUser> caller = Auth.caller(call);
        if (caller.isEmpty()) {
            return errors.unauthenticated(call.request());
        }
        Router.Match<Routes.Route> m = routes.match(call.request().method(), call.request().path());
        if (!m.found()) {
            return m.pathKnown() ? errors.error(405, "Method Not Allowed") : errors.error(404, "The requested resource could not be found.");
        }
        return serve(m.handler(), new ApiCall(call, Map.copyOf(m.params()), caller.get()));
    }

    private static Response serve(Routes.Route route, ApiCall call) {
        try {
            return route.handler().handle(call);
        } catch (JiraException e) {
            return JiraErrors.of(e);
        } catch (JqlSyntaxException e) {
            return JiraErrors.body(400, List.of(e.getMessage()), Map.of());
        } catch (JqlValidationException e) {
            return JiraErrors.body(400, e.messages(), Map.of());
        }
    }

    @Override
    public VendorErrors errors() {
        return errors;
    }

    /**
     * Jira Cloud's burst limits, per account: reads and writes counted apart ("Rate limiting", Jira Cloud platform
     * docs: burst limits apply per user and endpoint family).
     */
    @Override
    public RateLimitPolicy rateLimits() {
        return (request, operation) -> {
            String who = Integer.toHexString(request.header("authorization").orElse("").hashCode());
            boolean read = request.method().equals("GET");
            return Optional.of(new RateLimitPolicy.Limit((read ? "read:" : "write:") + who, read ? 100 : 50, 1_000));
        };
    }

    @Override
    public Optional<Response> admin(TwinCall call) {
        return admin.handle(call);
    }

    @Override
    public List<dev.dtu.server.twin.ServedRoute> served() {
        return dev.dtu.server.coverage.ServedRoutes.of(routes.table(), dev.dtu.twins.jira.api.DeclaredApi.RESOURCES);
    }

    /** The route table, for COVERAGE.md and the OpenAPI document's check. */
    public List<String> routeTable() {
        return routes.table();
    }
}
