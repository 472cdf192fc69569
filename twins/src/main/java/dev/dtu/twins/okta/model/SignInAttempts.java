package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;

/** Failed primary authentications of a user since the last success (the password policy's lockout counter). */
public record SignInAttempts(String userId, int failures) {
    public static final Kind<SignInAttempts> ATTEMPTS = Kind.of("okta", "signInAttempts", SignInAttempts.class);
}
