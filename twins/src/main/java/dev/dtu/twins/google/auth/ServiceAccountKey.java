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
 * A universe's service-account key: an RSA-2048 pair made from a seed kept with the universe's credentials
 * ({@code service-account:key}: stored, exported and redacted like them, so a restarted server gives the same key
 * file) under a key id minted for the universe, which is what names it. Making a pair costs ~100 ms of CPU — a
 * thousand times a universe's creation or fork otherwise — so the universes one process makes share its seed and
 * pair; each still signs and verifies under its own key id (a token request or self-signed JWT with another
 * universe's key id is refused; an assertion without one, as Google's docs allow, is checked by signature, issuer and
 * audience only), and the pair is made outside any lock, once per seed.
 */
public final class ServiceAccountKey {
    private static final int CACHED = 512;
    private static final Map<String, RSAKey> KEYS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RSAKey> eldest) {
            return size() > CACHED;
        }
    });

    private static volatile String processSeed;

    private ServiceAccountKey() {}

    /** The seed of this process's pair, drawn from the first universe's randomness that asks. */
    static String processSeed(SecureRandom random) {
        if (processSeed == null) {
            synchronized (ServiceAccountKey.class) {
                if (processSeed == null) {
                    processSeed = dev.dtu.server.twin.CredentialSpec.alnum(random, 43);
                }
            }
        }
        return processSeed;
    }

    /** The key pair made from this seed (the same seed always gives the same pair). */
    public static RSAKey of(String seed, String keyId) {
        RSAKey pair = KEYS.get(seed);
        if (pair == null) { // two first uses may both generate: the same seed gives the same pair
            pair = generate(seed);
            KEYS.putIfAbsent(seed, pair);
        }
        return new RSAKey.Builder(pair).keyID(keyId).build();
    }

    private static RSAKey generate(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .build();
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
