package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.resource.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OktaErrorsTest {

    private static void assertError(OktaException e, int status, String code, String summary) {
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(summary, e.errorSummary());
        assertTrue(e.getMessage().contains(code), e.getMessage());
    }

    @Test
    void theCatalogueUsesOktasCodesStatusesAndSummaries() {
        assertError(OktaErrors.apiValidationFailed("login", List.of("login: An object with this field already exists")),
                400, "E0000001", "Api validation failed: login");
        assertError(OktaErrors.accessDenied(), 403, "E0000006", "You do not have permission to perform the requested action");
        assertError(OktaErrors.notFound("00u1", "User"), 404, "E0000007", "Not found: Resource not found: 00u1 (User)");
        assertError(OktaErrors.invalidToken(), 401, "E0000011", "Invalid token provided");
        assertError(OktaErrors.activationFailed(), 403, "E0000016", "Activation failed because the user is already active");
        assertError(OktaErrors.invalidSearchCriteria("x"), 400, "E0000031", "Invalid search criteria.");
        assertError(OktaErrors.searchAndFilterTogether(), 400, "E0000033",
                "Bad request. Can't specify a search query and filter in the same request.");
        assertError(OktaErrors.notAllowedInCurrentStatus(), 403, "E0000038",
                "This operation is not allowed in the user's current status.");
        assertError(OktaErrors.rateLimited(), 429, "E0000047", "API call exceeded rate limit due to too many requests.");
    }

    @Test
    void causesAreCopiedAndKeptInOrder() {
        List<String> causes = new ArrayList<>(List.of("first", "second"));
        OktaException e = OktaErrors.apiValidationFailed("profile", causes);
        causes.clear();
        assertEquals(List.of("first", "second"), e.causes());
        assertThrows(UnsupportedOperationException.class, () -> e.causes().add("third"));
    }

    @Test
    void theFrameworksFilterFailuresAreOktasInvalidSearchCriteriaOrInvalidDate() {
        OktaException criteria = OktaErrors.of(FilterException.invalidCriteria("unexpected ')'"));
        assertEquals("E0000031", criteria.errorCode());
        assertEquals("Invalid search criteria.", criteria.errorSummary());
        assertEquals(400, criteria.httpStatus());
        OktaException date = OktaErrors.of(FilterException.invalidDate("not a date: yesterday"));
        assertEquals("E0000030", date.errorCode());
        assertEquals(400, date.httpStatus());
    }

    @Test
    void invalidSearchCriteriaKeepsItsReasonOutOfTheEnvelope() {
        InvalidSearchCriteriaException e = OktaErrors.invalidSearchCriteria("unexpected ')' at position 3");
        assertEquals(List.of(), e.causes());
        assertEquals("unexpected ')' at position 3", e.reason());
        assertTrue(e.getMessage().endsWith("unexpected ')' at position 3"));
    }
}
