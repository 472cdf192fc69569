package dev.dtu.server.resource.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attribute operators of Okta's SCIM-style filter and search expressions. */
public enum Operator {
    EQ, NE, GT, GE, LT, LE, SW, CO,
    /** Present: the only unary operator ({@code profile.mobilePhone pr}). */
    PR;

    /** The operator as written in an expression, e.g. {@code eq}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Operators are case-insensitive in both {@code filter} and {@code search}. */
    public static Optional<Operator> fromToken(String token) {
        return Arrays.stream(values()).filter(op -> op.name().equalsIgnoreCase(token)).findFirst();
    }
}
