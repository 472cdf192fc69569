package dev.dtu.twins.okta.model;

import java.time.Instant;

/** A user linked to an identity provider ({@code /api/v1/idps/{idpId}/users/{userId}}). Keyed {@code idpId/userId}. */
public record IdpUserLink(String id, String idpId, String userId, String externalId, Instant created,
        Instant lastUpdated) {

    public static String key(String idpId, String userId) {
        return idpId + "/" + userId;
    }
}
