package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import java.util.List;
import java.util.Optional;

/**
 * Org-wide settings from the seed.
 *
 * @param adminUserId the user the SSWS API token belongs to ({@code /users/me}, System Log actor)
 * @param appUnderTestId the app whose client the universe description hands out
 * @param groupsClaim name of the groups claim the default authorization server adds (null: none)
 * @param scopes the default authorization server's custom scopes
 */
public record Org(String id, String adminUserId, String appUnderTestId, String groupsClaim, List<String> scopes) {
    public static final Kind<Org> ORG = Kind.of("okta", "org", Org.class);
    public static final String ID = "org";
    /** The org's own identity provider id, the {@code idp} claim of ID tokens. */
    public static final String IDP_ID = "00odtu00000000000001";

    public Org {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static Org of(State state) {
        return state.get(ORG, ID).orElse(new Org(ID, null, null, null, List.of()));
    }

    public Optional<User> admin(State state) {
        return adminUserId == null ? Optional.empty() : state.get(Users.USERS, adminUserId);
    }
}
