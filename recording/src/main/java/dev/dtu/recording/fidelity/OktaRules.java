package dev.dtu.recording.fidelity;

import dev.dtu.recording.Vendor;

/** Okta: 20-character ids; every lifecycle timestamp is volatile; users, groups and apps match by login, name, label. */
final class OktaRules {
    static final VendorRules RULES = VendorRules.forVendor(Vendor.OKTA)
            .ids("id", "client_id", "userId", "groupId", "appId")
            .volatiles("created", "activated", "statusChanged", "lastLogin", "lastUpdated", "passwordChanged",
                    "lastMembershipUpdated", "published", "uuid", "transactionId", "requestId", "x-okta-request-id",
                    "client_secret", "logo")
            .keyedBy("profile.login", "profile.name", "label");

    private OktaRules() {}
}
