package dev.dtu.twins.okta;

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
import dev.dtu.twins.okta.api.DeclaredApi;
import dev.dtu.twins.okta.api.OktaAdmin;
import dev.dtu.twins.okta.api.OktaDispatcher;
import dev.dtu.twins.okta.api.OktaRoute;
import dev.dtu.twins.okta.api.OktaRoutes;
import dev.dtu.twins.okta.errors.OktaVendorErrors;
import dev.dtu.twins.okta.errors.RateLimits;
import dev.dtu.twins.okta.model.Application;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.OAuthKinds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Okta twin: Management API (users, groups, apps, System Log) and the org and default OAuth servers. */
public final class OktaTwin implements Twin {
    public static final String NAME = "okta";

    private final Router<OktaRoute> routes = OktaRoutes.all();
    private final OktaDispatcher dispatcher = new OktaDispatcher(routes);
    private final VendorErrors errors = new OktaVendorErrors(Clock.systemUTC());
    private final RateLimits rateLimits = new RateLimits();

    @Override
    public String name() {
        return NAME;
    }

    /** The route table (the coverage report is generated from it). */
    public Router<OktaRoute> routes() {
        return routes;
    }

    @Override
    public List<Kind<?>> kinds() {
        List<Kind<?>> kinds = new ArrayList<>(List.of(Users.USERS, Groups.GROUPS, Groups.MEMBERSHIPS, Apps.APPS,
                Apps.APP_USERS, Apps.APP_GROUPS, dev.dtu.twins.okta.model.AppKeys.KEYS,
                dev.dtu.twins.okta.model.AppKeys.CSRS, dev.dtu.twins.okta.model.UserTypes.TYPES,
                dev.dtu.twins.okta.model.UserTypes.SCHEMAS, dev.dtu.twins.okta.model.LinkedObjects.DEFINITIONS,
                dev.dtu.twins.okta.model.LinkedObjects.LINKS, Apps.APP_CONNECTIONS,
                SystemLog.EVENTS, UserSessions.SESSIONS, Org.ORG));
        kinds.addAll(dev.dtu.twins.okta.model.IdentityProviders.handWritten());
        kinds.add(dev.dtu.twins.okta.model.OrgSettings.SECTIONS);
        kinds.add(dev.dtu.twins.okta.model.Features.STATUS);
        kinds.add(dev.dtu.twins.okta.model.HookKeys.KEYS);
        kinds.add(dev.dtu.twins.okta.model.Captchas.INSTANCES);
        kinds.addAll(List.of(dev.dtu.twins.okta.model.Brands.BRANDS, dev.dtu.twins.okta.model.Brands.THEMES,
                dev.dtu.twins.okta.model.Brands.IMAGES, dev.dtu.twins.okta.model.EmailCustomizations.CUSTOMIZATIONS,
                dev.dtu.twins.okta.model.EmailCustomizations.SETTINGS, dev.dtu.twins.okta.model.EmailServers.SERVERS));
        kinds.addAll(OAuthKinds.all());
        kinds.addAll(dev.dtu.twins.okta.model.Authns.kinds());
        kinds.addAll(DeclaredApi.RESOURCES.kinds());
        return kinds;
    }

    @Override
    public void seed(SeedDocument seed, Tx tx) {
        new OktaSeed(seed, tx).write();
    }

    /** The SSWS API token ("00" and 40 more characters, as Okta's look) and the seeded apps' client secrets. */
    @Override
    public List<CredentialSpec> credentials(State state) {
        List<CredentialSpec> specs = new ArrayList<>();
        specs.add(new CredentialSpec(OktaDispatcher.API_TOKEN, r -> "00" + CredentialSpec.alnum(r, 40)));
        state.all(Apps.APPS).values().stream().filter(a -> a.oidc() && a.clientSecret() == null && !a.publicClient())
                .forEach(a -> specs.add(new CredentialSpec("client:" + a.clientId(),
                        r -> CredentialSpec.alnum(r, 40))));
        return specs;
    }

    @Override
    public ObjectNode describe(UniverseView universe) {
        String orgUrl = universe.twinUrl(NAME);
        ObjectNode node = Json.object();
        node.put("orgUrl", orgUrl);
        node.put("apiToken", universe.secret(NAME, OktaDispatcher.API_TOKEN).orElse(null));
        node.put("issuer", orgUrl + "/oauth2/default");
        Optional<Application> app = Optional.ofNullable(Org.of(universe.state()).appUnderTestId())
                .flatMap(id -> universe.state().get(Apps.APPS, id));
        node.put("clientId", app.map(Application::clientId).orElse(null));
        node.put("clientSecret", app.map(a -> a.clientSecret() != null ? a.clientSecret()
                : universe.secret(NAME, "client:" + a.clientId()).orElse(null)).orElse(null));
        return node;
    }

    @Override
    public String operation(Request request) {
        return dispatcher.operation(request);
    }

    @Override
    public boolean refusesUnread(TwinCall call) {
        return dispatcher.refusesUnread(call);
    }

    @Override
    public Response handle(TwinCall call) {
        return dispatcher.handle(call);
    }

    @Override
    public VendorErrors errors() {
        return errors;
    }

    @Override
    public RateLimitPolicy rateLimits() {
        return rateLimits;
    }

    @Override
    public List<dev.dtu.server.twin.ServedRoute> served() {
        return dev.dtu.server.coverage.ServedRoutes.of(routes.table(), DeclaredApi.RESOURCES);
    }

    @Override
    public Optional<Response> admin(TwinCall call) {
        return OktaAdmin.handle(call);
    }
}
