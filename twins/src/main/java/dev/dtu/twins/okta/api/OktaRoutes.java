package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Router;

/** The twin's route table: every route class adds its routes here. */
public final class OktaRoutes {
    private OktaRoutes() {
    }

    public static Router<OktaRoute> all() {
        Router<OktaRoute> routes = new Router<>();
        UsersApi.register(routes);
        LifecycleApi.register(routes);
        GroupsApi.register(routes);
        AppsApi.register(routes);
        AppKeysApi.register(routes);
        DirectoryApi.register(routes);
        AppConnectionsApi.register(routes);
        LogsApi.register(routes);
        DiscoveryApi.register(routes);
        AuthorizeApi.register(routes);
        OAuthApi.register(routes);
        UserInfoApi.register(routes);
        AuthnApi.register(routes);
        AuthenticatorsApi.register(routes);
        FeaturesApi.register(routes);
        HookKeysApi.register(routes);
        CaptchasApi.register(routes);
        FactorsApi.register(routes);
        SessionsApi.register(routes);
        IdentityProvidersApi.register(routes);
        OrgSettingsApi.register(routes);
        BrandsApi.register(routes);
        EmailServersApi.register(routes);
        DeclaredApi.register(routes);
        AuthorizationServerKeysApi.register(routes);
        AssociatedServersApi.register(routes);
        return routes;
    }
}
