package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.resource.filter.Filter;
import dev.dtu.server.resource.filter.FilterException;
import dev.dtu.server.resource.filter.FilterTarget;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserQueriesTest {

    private static final FilterTarget ISAAC = FilterTarget.ofTree(Map.of(
            "id", "00u1",
            "status", UserStatus.LOCKED_OUT,
            "lastUpdated", Instant.parse("2013-07-01T00:00:00Z"),
            "profile", Map.of("firstName", "Isaac", "lastName", "Brock", "email", "isaac.brock@example.com",
                    "login", "isaac.brock@example.com", "department", "Engineering")));

    @Test
    void theDocumentedFilterExamplesAreAcceptedAndMatch() {
        for (String expression : new String[] {
                "status eq \"LOCKED_OUT\"",
                "profile.login eq \"isaac.brock@example.com\"",
                "lastUpdated gt \"2013-06-01T00:00:00.000Z\" and lastUpdated lt \"2014-01-01T00:00:00.000Z\"",
                "lastUpdated gt \"2013-06-01T00:00:00.000Z\" and (status eq \"LOCKED_OUT\" or status eq \"RECOVERY\")"}) {
            assertTrue(UserQueries.matchesFilter(UserQueries.parseFilter(expression), ISAAC), expression);
        }
    }

    @Test
    void filterAcceptsOnlyEqExceptOnLastUpdatedAndNoNot() {
        assertRejected(() -> UserQueries.parseFilter("profile.lastName sw \"Br\""));
        assertRejected(() -> UserQueries.parseFilter("status ne \"ACTIVE\""));
        assertRejected(() -> UserQueries.parseFilter("profile.department eq \"Engineering\""));
        assertRejected(() -> UserQueries.parseFilter("not (status eq \"ACTIVE\")"));
        assertRejected(() -> UserQueries.parseFilter("id pr"));
        FilterException e = assertRejected(() -> UserQueries.parseFilter("profile.email co \"x\""));
        assertEquals("The supplied combination of operator and field is not currently supported. "
                + "Operator: co, Field: profile.email", e.reason());
    }

    @Test
    void filterValuesAreCaseSensitive() {
        assertFalse(UserQueries.matchesFilter(UserQueries.parseFilter("profile.lastName eq \"brock\""), ISAAC));
    }

    @Test
    void searchAcceptsProfileAttributesAndTheListedTopLevelProperties() {
        Filter search = UserQueries.parseSearch("profile.department eq \"engineering\" and "
                + "(created lt \"2014-01-01T00:00:00.000Z\" or status eq \"locked_out\")");
        assertTrue(UserQueries.matchesSearch(search, ISAAC));
        assertTrue(UserQueries.matchesSearch(UserQueries.parseSearch("(status lt \"STAGED\" or status gt \"STAGED\")"), ISAAC));
        assertTrue(UserQueries.matchesSearch(UserQueries.parseSearch("profile.lastName co \"ROC\""), ISAAC));
        assertTrue(UserQueries.matchesSearch(UserQueries.parseSearch("type.id pr or profile.email sw \"ISAAC\""), ISAAC));
    }

    @Test
    void searchRejectsNeContainsOutsideTheNamedAttributesAndUnknownProperties() {
        assertRejected(() -> UserQueries.parseSearch("status ne \"STAGED\""));
        assertRejected(() -> UserQueries.parseSearch("profile.department co \"Eng\""));
        assertRejected(() -> UserQueries.parseSearch("credentials.provider.type eq \"OKTA\""));
    }

    @Test
    void syntaxErrorsComeFirst() {
        assertEquals("E0000031", OktaErrors.of(assertRejected(() -> UserQueries.parseFilter("status eq"))).errorCode());
    }

    @Test
    void qMatchesTheStartOfFirstNameLastNameOrEmail() {
        assertTrue(UserQueries.matchesQ(ISAAC, "isa"));
        assertTrue(UserQueries.matchesQ(ISAAC, "Bro"));
        assertTrue(UserQueries.matchesQ(ISAAC, "isaac.brock@"));
        assertFalse(UserQueries.matchesQ(ISAAC, "rock"));
        assertFalse(UserQueries.matchesQ(ISAAC, "Engineering"));
    }

    @Test
    void plainListsAndQHideDeprovisionedUsers() {
        for (UserStatus status : UserStatus.values()) {
            assertEquals(status != UserStatus.DEPROVISIONED, UserQueries.listedWithoutFilterOrSearch(status));
        }
    }

    private static FilterException assertRejected(org.junit.jupiter.api.function.Executable call) {
        FilterException e = assertThrows(FilterException.class, call);
        assertEquals(400, OktaErrors.of(e).httpStatus());
        assertEquals("E0000031", OktaErrors.of(e).errorCode());
        return e;
    }
}
