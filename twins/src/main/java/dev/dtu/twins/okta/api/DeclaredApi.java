package dev.dtu.twins.okta.api;

import dev.dtu.server.http.Router;
import dev.dtu.server.resource.DeclaredOperation;
import dev.dtu.server.resource.DeclaredResources;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.resource.Hooks;
import dev.dtu.twins.okta.model.AuthorizationServers;
import dev.dtu.twins.okta.model.LogActor;
import dev.dtu.twins.okta.model.SystemLog;
import dev.dtu.twins.okta.model.TrustedOrigins;
import java.util.Map;

/**
 * The Okta resources served from declarations ({@code src/main/resources/declared/okta/}), with the hooks of
 * those that need rules beyond their schema. The API token acts as the org's super admin: it holds every
 * permission, and the org admin is recorded as creator and updater. An access token's scopes were checked
 * against the declared permission by the dispatcher before the route runs.
 */
public final class DeclaredApi {
    public static final DeclaredResources RESOURCES = DeclaredResources.load("okta", "okta.yaml", new OktaConvention(),
            hooks());

    private static Map<String, Hooks> hooks() {
        Map<String, Hooks> hooks = new java.util.HashMap<>(AuthorizationServers.hooks());
        hooks.put("trustedOrigins", new TrustedOrigins());
        hooks.put("smsTemplates", new dev.dtu.twins.okta.model.SmsTemplates());
        hooks.put("idps", new dev.dtu.twins.okta.model.IdentityProviders());
        hooks.putAll(dev.dtu.twins.okta.model.Policies.hooks());
        return hooks;
    }

    private DeclaredApi() {}

    static void register(Router<OktaRoute> routes) {
        for (DeclaredOperation op : RESOURCES.operations()) {
            routes.add(op.method(), op.template(), OktaRoute.api(op.operationId(), op.permission(), r -> op.serve(
                    new DeclaredOperation.Caller(r.call(), r.params(), r.audit().actor().id(), permission -> true,
                            (tx, d, type, target) -> new SystemLog(tx, r.audit()).success(type, type,
                                    new LogActor(target.id(), d.schemaName(), target.text("name"), target.text("name")))))));
        }
    }
}
