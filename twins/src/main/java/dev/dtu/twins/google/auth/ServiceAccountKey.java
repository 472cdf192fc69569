package dev.dtu.twins.google.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A universe's service-account key: an RSA-2048 pair made from a secret the universe mints
 * ({@code service-account:key}), so it lives and dies with the universe's other credentials, is redacted and
 * exported like them, and is made only when first used (key generation is slow; most universes never need it).
 */
public final class ServiceAccountKey {
    private static final int CACHED = 512;
    private static final Map<String, RSAKey> KEYS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RSAKey> eldest) {
            return size() > CACHED;
        }
    });

    private ServiceAccountKey() {}

    /** The key pair made from this seed (the same seed always gives the same pair). */
    public static RSAKey of(String seed, String keyId) {
        return KEYS.computeIfAbsent(seed + "/" + keyId, k -> generate(seed, keyId));
    }

    private static RSAKey generate(String seed, String keyId) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key file Google's console downloads ("type": "service_account"), its token_uri this twin's. */
    public static ObjectNode keyFile(RSAKey key, ServiceAccount account, String clientId, String tokenUri, String certUrl) {
        ObjectNode file = Json.object();
        file.put("type", "service_account")
                .put("project_id", account.projectId())
                .put("private_key_id", key.getKeyID())
                .put("private_key", pem(key))
                .put("client_email", account.email())
                .put("client_id", clientId)
                .put("auth_uri", "https://accounts.google.com/o/oauth2/auth")
                .put("token_uri", tokenUri)
                .put("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs")
                .put("client_x509_cert_url", certUrl)
                .put("universe_domain", "googleapis.com");
        return file;
    }

    private static String pem(RSAKey key) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toPrivateKey().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
