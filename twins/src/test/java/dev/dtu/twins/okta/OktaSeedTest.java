package dev.dtu.twins.okta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.seed.SeedException;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.okta.model.Apps;
import dev.dtu.twins.okta.model.Group;
import dev.dtu.twins.okta.model.Groups;
import dev.dtu.twins.okta.model.NewApp;
import dev.dtu.twins.okta.model.Org;
import dev.dtu.twins.okta.model.User;
import dev.dtu.twins.okta.model.UserSessions;
import dev.dtu.twins.okta.model.UserStatus;
import dev.dtu.twins.okta.model.Users;
import dev.dtu.twins.okta.oauth.SigningKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The okta seed section: what it writes, and how a bad one fails naming its field. */
class OktaSeedTest {
    static ObjectNode defaultSeed() throws IOException {
        try (InputStream in = OktaSeedTest.class.getResourceAsStream("/seeds/default.yaml")) {
            return (ObjectNode) Json.parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static State seed(JsonNode raw) {
        Tx tx = new Tx(State.EMPTY);
        new OktaTwin().seed(SeedDocument.of(raw), tx);
        return tx.state();
    }

    @Test
    void peopleBecomeUsersAndTheirGroupsOktaGroups() throws IOException {
        State state = seed(defaultSeed());
        assertEquals(6, state.all(Users.USERS).size());
        User ada = Users.require(state, "ada.lovelace@northwind.example");
        assertEquals(UserStatus.ACTIVE, ada.status());
        assertEquals("Lovelace", ada.profile().get("lastName"));
        assertEquals(List.of("Everyone", "engineering", "admins"),
                Groups.groupsOf(state, ada.id()).stream().map(Group::name).toList());
        assertEquals(ada.id(), Org.of(state).adminUserId());
        assertEquals(ada.id(), UserSessions.signedIn(state).orElseThrow().id());
        assertTrue(state.all(SigningKeys.KEYS).isEmpty(), "signing keys are made on first use, not at seed time");
    }

    @Test
    void everyStoredEntityReadsBackFromJson() throws IOException {
        State state = seed(defaultSeed());
        for (Kind<?> kind : new OktaTwin().kinds()) {
            for (Map.Entry<String, ?> e : state.all(kind).entrySet()) {
                Object back = Json.read(Json.text(e.getValue()), kind.type());
                assertEquals(e.getValue(), back, kind.key() + "/" + e.getKey());
            }
        }
    }

    @Test
    void badSeedsFailNamingTheField() throws IOException {
        ObjectNode unknownField = defaultSeed();
        ((ObjectNode) unknownField.path("okta")).put("colour", "blue");
        assertEquals("okta", assertThrows(SeedException.class, () -> seed(unknownField)).field());

        ObjectNode badGrant = defaultSeed();
        ((ObjectNode) badGrant.at("/okta/apps/0")).putArray("grantTypes").add("implicit");
        assertEquals("okta.apps[0].grantTypes[0]", assertThrows(SeedException.class, () -> seed(badGrant)).field());

        ObjectNode unknownPerson = defaultSeed();
        ((ObjectNode) unknownPerson.path("okta")).put("signedIn", "nobody");
        assertEquals("okta.signedIn", assertThrows(SeedException.class, () -> seed(unknownPerson)).field());

        ObjectNode weakPassword = defaultSeed();
        ((ObjectNode) weakPassword.path("okta")).put("password", "password");
        assertEquals("okta.password", assertThrows(SeedException.class, () -> seed(weakPassword)).field());

        ObjectNode badConsent = defaultSeed();
        ((ObjectNode) badConsent.at("/okta/apps/0")).put("consentMethod", "SOMETIMES");
        assertEquals("okta.apps[0].consentMethod", assertThrows(SeedException.class, () -> seed(badConsent)).field());

        ObjectNode unknownGroup = defaultSeed();
        ((ObjectNode) unknownGroup.at("/okta/apps/0")).putArray("assign").add("astronauts");
        assertEquals("okta.apps[0].assign[0]", assertThrows(SeedException.class, () -> seed(unknownGroup)).field());
    }

    @Test
    void seededAppsCarryTheirConsentMethodTrustedByDefault() throws IOException {
        ObjectNode raw = defaultSeed();
        ((ArrayNode) raw.at("/okta/apps")).addObject().put("label", "Consenting App").put("clientId", "consenting")
                .put("consentMethod", "REQUIRED").putArray("redirectUris").add("http://localhost:4000/cb");
        State state = seed(raw);
        assertEquals("TRUSTED", Apps.byClientId(state, "northwind-portal").orElseThrow().consentMethod());
        assertEquals("REQUIRED", Apps.byClientId(state, "consenting").orElseThrow().consentMethod());
    }

    /** The seed takes exactly the consent methods the Apps API takes. */
    @Test
    void theSeedSchemaListsTheConsentMethodsTheAppsApiAccepts() throws IOException {
        try (InputStream in = OktaSeedTest.class.getResourceAsStream("/openapi/seed.schema.json")) {
            JsonNode values = Json.parse(in.readAllBytes())
                    .at("/$defs/oktaApp/properties/consentMethod/enum");
            Set<String> listed = new HashSet<>();
            values.forEach(v -> listed.add(v.asText()));
            assertEquals(NewApp.CONSENT_METHODS, listed);
        }
    }

    @Test
    void aSeedWithoutAnOktaSectionStillHasAnAppUnderTest() throws IOException {
        ObjectNode raw = defaultSeed();
        raw.remove("okta");
        State state = seed(raw);
        assertEquals("Northwind Robotics app", state.get(dev.dtu.twins.okta.model.Apps.APPS,
                Org.of(state).appUnderTestId()).orElseThrow().label());
    }
}
