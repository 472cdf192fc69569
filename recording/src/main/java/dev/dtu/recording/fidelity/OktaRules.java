package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.Vendor;
import java.util.Optional;
import java.util.Set;

/** Okta: 20-character ids; every lifecycle timestamp is volatile; users, groups and apps match by login, name, label. */
final class OktaRules implements VendorRules {
    @Override
    public Vendor vendor() {
        return Vendor.OKTA;
    }

    @Override
    public Set<String> idFields() {
        return Set.of("id", "client_id", "userId", "groupId", "appId");
    }

    @Override
    public Set<String> volatileFields() {
        return Set.of("created", "activated", "statusChanged", "lastLogin", "lastUpdated", "passwordChanged",
                "lastMembershipUpdated", "published", "uuid", "transactionId", "requestId", "x-okta-request-id",
                "client_secret", "logo");
    }

    @Override
    public Optional<String> naturalKey(JsonNode o) {
        return VendorRules.first(o, "profile.login", "profile.name", "label");
    }

    @Override
    public boolean isRead(String method, String path) {
        return method.equals("GET");
    }
}
