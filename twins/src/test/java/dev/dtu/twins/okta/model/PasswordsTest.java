package dev.dtu.twins.okta.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passwords are stored as PBKDF2 with a random salt each, and still check. */
class PasswordsTest {
    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndStillMatches() {
        String first = Passwords.hash("Tw1n-Passw0rd!");
        String second = Passwords.hash("Tw1n-Passw0rd!");
        assertNotEquals(first, second, "a salt per password");
        assertTrue(first.startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"), first);
        assertFalse(first.contains("Tw1n-Passw0rd!"));
        assertTrue(Passwords.matches(first, "Tw1n-Passw0rd!"));
        assertTrue(Passwords.matches(second, "Tw1n-Passw0rd!"));
        assertFalse(Passwords.matches(first, "Tw1n-Passw0rd?"));
        assertFalse(Passwords.matches("0123abcd", "Tw1n-Passw0rd!"), "an unknown format never matches");
    }
}
