package dev.dtu.twins.okta.oauth;

import java.time.Instant;

/** Something a grant spends: issued by one server to one client, good until it expires. */
interface Redeemable {
    String server();

    String clientId();

    Instant expiresAt();
}
