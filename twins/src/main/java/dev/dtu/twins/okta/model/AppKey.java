package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An app's key credential ({@code credentials/keys}): its X.509 certificate (base64 DER, the JWK's {@code x5c})
 * and, for keys the twin made, the private key (PKCS#8, base64) that signs the app's SAML assertions. Keyed
 * {@code appId/kid}; a cloned key is the same kid under another app. The state dump leaves the private key out.
 */
public record AppKey(String id, String appId, String kid, String certificate, String privateKey, Instant created,
        Instant expiresAt) implements Confidential {

    public static String key(String appId, String kid) {
        return appId + "/" + kid;
    }

    public AppKey cloneTo(String targetAppId) {
        return new AppKey(key(targetAppId, kid), targetAppId, kid, certificate, privateKey, created, expiresAt);
    }

    @Override
    public Object shown() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", id);
        shown.put("appId", appId);
        shown.put("kid", kid);
        shown.put("certificate", certificate);
        shown.put("created", created);
        shown.put("expiresAt", expiresAt);
        return shown;
    }
}
