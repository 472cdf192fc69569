package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Tx;

/**
 * Okta object ids: 20 characters, a three-character type prefix ({@code 00u} user, {@code 00g} group,
 * {@code 0oa} app) then 17 more. The twin's ids count up per universe so they sort in creation order,
 * which is the order Okta lists objects in and what an {@code after} cursor relies on.
 */
public final class OktaIds {
    public static final String USER = "00u";
    public static final String GROUP = "00g";
    public static final String APP = "0oa";

    private OktaIds() {
    }

    public static String next(Tx tx, String prefix) {
        String n = Long.toString(tx.next("okta." + prefix), 36);
        return prefix + "dtu" + "0".repeat(Math.max(0, 14 - n.length())) + n;
    }
}
