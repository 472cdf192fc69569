package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.manifest.AppManifestParams;
import dev.dtu.twins.slack.SlackFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The App Manifest API and app configuration tokens, through the official Java SDK. */
class AppManifestApiTest {
    static SlackFixture slack;
    static MethodsClient config;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe();
        config = slack.sdk.methods(slack.slack.get("configToken").asText());
    }

    private static AppManifestParams manifest(String name) {
        return AppManifestParams.builder()
                .displayInformation(name == null ? null : AppManifestParams.DisplayInformation.builder().name(name).build())
                .features(AppManifestParams.Features.builder()
                        .botUser(AppManifestParams.BotUser.builder().displayName("test-bot").build()).build())
                .oauthConfig(AppManifestParams.OAuthConfig.builder()
                        .scopes(AppManifestParams.Scopes.builder().bot(List.of("commands")).build()).build())
                .build();
    }

    @Test
    void anAppIsValidatedCreatedUpdatedExportedAndDeleted() throws Exception {
        var invalid = config.appsManifestValidate(r -> r.manifest(manifest(null)));
        assertEquals("invalid_manifest", invalid.getError());
        assertEquals("/display_information/name", invalid.getErrors().get(0).getPointer());
        assertTrue(config.appsManifestValidate(r -> r.manifest(manifest("manifest-test-app"))).isOk());

        var created = config.appsManifestCreate(r -> r.manifest(manifest("manifest-test-app")));
        assertTrue(created.isOk(), created.getError());
        String appId = created.getAppId();
        assertTrue(appId.startsWith("A"));
        assertFalse(created.getCredentials().getClientSecret().isEmpty());
        assertTrue(config.appsManifestValidate(r -> r.manifest(manifest("x")).appId(appId)).isOk());

        AppManifestParams renamed = manifest("manifest-test-app-2");
        renamed.getOauthConfig().getScopes().setBot(List.of("commands", "chat:write"));
        var updated = config.appsManifestUpdate(r -> r.appId(appId).manifest(renamed));
        assertTrue(updated.isOk(), updated.getError());
        assertTrue(updated.isPermissionsUpdated());
        var exported = config.appsManifestExport(r -> r.appId(appId));
        assertTrue(exported.isOk(), exported.getError());
        assertEquals("manifest-test-app-2", exported.getManifest().getDisplayInformation().getName());

        assertTrue(config.appsManifestDelete(r -> r.appId(appId)).isOk());
        assertEquals("app_not_found", config.appsManifestExport(r -> r.appId(appId)).getError());
        assertEquals("invalid_app_id", config.appsManifestUpdate(r -> r.appId(appId).manifest(renamed)).getError());
    }

    @Test
    void functionsNeedTheFunctionExecutedEvent() throws Exception {
        var functions = java.util.Map.of("hello", AppManifestParams.Function.builder().title("Hello")
                .description("Hello world!").build());
        AppManifestParams m = manifest("fn-app");
        m.setFunctions(functions);
        m.setSettings(AppManifestParams.Settings.builder().functionRuntime("remote").socketModeEnabled(true).build());
        assertEquals("invalid_manifest", config.appsManifestValidate(r -> r.manifest(m)).getError());
        m.getSettings().setEventSubscriptions(AppManifestParams.EventSubscriptions.builder()
                .botEvents(List.of("function_executed")).build());
        var ok = config.appsManifestValidate(r -> r.manifest(m));
        assertTrue(ok.isOk(), ok.getError());

        // exported as Slack exports functions: parameters by name, each with is_required
        m.getFunctions().get("hello").setInputParameters(AppManifestParams.InputParameters.builder()
                .properties(java.util.Map.of("amount", AppManifestParams.ParameterProperty.builder().type("number")
                        .title("Amount").build())).required(List.of("amount")).build());
        var created = config.appsManifestCreate(r -> r.manifest(m));
        assertTrue(created.isOk(), created.getError());
        var exported = config.appsManifestExport(r -> r.appId(created.getAppId()));
        assertTrue(exported.isOk(), exported.getError());
        var amount = exported.getManifest().getFunctions().get("hello").getInputParameters().get("amount");
        assertEquals("number", amount.getType());
        assertTrue(amount.isRequired());
    }

    @Test
    void onlyConfigurationTokensManageApps() throws Exception {
        assertEquals("not_allowed_token_type", slack.bot().appsManifestCreate(r -> r.manifest(manifest("a"))).getError());
        assertEquals("not_allowed_token_type", slack.user().appsManifestValidate(r -> r.manifest(manifest("a"))).getError());
    }

    @Test
    void configurationTokensRotate() throws Exception {
        String refresh = slack.slack.get("configRefreshToken").asText();
        var rotated = slack.sdk.methods().toolingTokensRotate(r -> r.refreshToken(refresh));
        assertTrue(rotated.isOk(), rotated.getError());
        assertTrue(rotated.getToken().startsWith("xoxe.xoxp-1-"));
        assertNotEquals(refresh, rotated.getRefreshToken());
        assertEquals(43200, rotated.getExp() - rotated.getIat());
        assertEquals("invalid_refresh_token",
                slack.sdk.methods().toolingTokensRotate(r -> r.refreshToken(refresh)).getError());
        var fresh = slack.sdk.methods(rotated.getToken()).appsManifestValidate(r -> r.manifest(manifest("fresh")));
        assertTrue(fresh.isOk(), fresh.getError());
        assertTrue(slack.sdk.methods().toolingTokensRotate(r -> r.refreshToken(rotated.getRefreshToken())).isOk());
    }
}
