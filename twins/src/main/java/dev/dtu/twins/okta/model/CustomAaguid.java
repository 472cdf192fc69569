package dev.dtu.twins.okta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A custom AAGUID of the security key authenticator: a model of key the org allows, with its characteristics. */
public record CustomAaguid(String authenticatorId, String aaguid, String name, Map<String, Object> characteristics,
        List<Object> attestationRootCertificates) {

    public CustomAaguid {
        characteristics = Collections.unmodifiableMap(new LinkedHashMap<>(characteristics == null ? Map.of()
                : characteristics));
        attestationRootCertificates = attestationRootCertificates == null ? List.of()
                : List.copyOf(attestationRootCertificates);
    }

    public String key() {
        return authenticatorId + "/" + aaguid;
    }
}
