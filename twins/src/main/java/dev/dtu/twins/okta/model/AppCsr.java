package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A certificate signing request the twin made for an app ({@code credentials/csrs}): the CSR (base64 DER) and the
 * private key it holds until a certificate for it is published. Keyed {@code appId/csrId}.
 */
public record AppCsr(String id, String appId, String csrId, String csr, String privateKey, Instant created)
        implements Confidential {

    public static String key(String appId, String csrId) {
        return appId + "/" + csrId;
    }

    @Override
    public Object shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", id);
        shown.put("appId", appId);
        shown.put("csrId", csrId);
        shown.put("csr", csr);
        shown.put("created", created);
        return shown;
    }
}
