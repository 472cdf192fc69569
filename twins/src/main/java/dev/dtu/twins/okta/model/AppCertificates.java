package dev.dtu.twins.okta.model;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** The X.509 side of app key credentials: self-signed signing certificates, CSRs, and certificates published for them. */
public final class AppCertificates {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SIGNATURE = "SHA256withRSA";

    private AppCertificates() {
    }

    /** A new RSA key and its self-signed certificate, as Okta makes an app's signing key. */
    public record Made(String certificate, String privateKey) {}

    public static Made selfSigned(String commonName, Instant from, Instant until) {
        try {
            KeyPair pair = rsa();
            X500Name subject = new X500Name("CN=" + commonName + ",OU=SSOProvider,O=Okta,L=San Francisco,ST=California,C=US");
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                    Date.from(from), Date.from(until), subject, pair.getPublic());
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(pair.getPrivate())));
            return new Made(base64(cert.getEncoded()), base64(pair.getPrivate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a signing certificate: " + e.getMessage(), e);
        }
    }

    /** A CSR for a new RSA key with this subject and these DNS names (Okta's {@code CsrMetadata}). */
    public static Made csr(String subject, List<String> dnsNames) {
        try {
            KeyPair pair = rsa();
            var builder = new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), pair.getPublic());
            if (!dnsNames.isEmpty()) {
                ExtensionsGenerator extensions = new ExtensionsGenerator();
                extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                        dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            }
            PKCS10CertificationRequest csr = builder.build(new JcaContentSignerBuilder(SIGNATURE).build(pair.getPrivate()));
            return new Made(base64(csr.getEncoded()), base64(pair.getPrivate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a CSR: " + e.getMessage(), e);
        }
    }

    /** A published certificate: PEM, base64 DER or DER, as Okta's publish accepts; null if none of them. */
    public static X509Certificate parse(byte[] body) {
        String text = new String(body, StandardCharsets.US_ASCII).trim();
        byte[] der = body;
        if (text.startsWith("-----BEGIN")) {
            der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        } else if (text.matches("[A-Za-z0-9+/=\\s]+")) {
            der = Base64.getMimeDecoder().decode(text);
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the certificate certifies the CSR's key. */
    public static boolean matches(X509Certificate certificate, String csr) {
        try {
            PKCS10CertificationRequest request = new PKCS10CertificationRequest(Base64.getDecoder().decode(csr));
            return java.util.Arrays.equals(request.getSubjectPublicKeyInfo().getEncoded(),
                    certificate.getPublicKey().getEncoded());
        } catch (Exception e) {
            return false;
        }
    }

    public static X509Certificate certificate(String base64Der) {
        return parse(base64Der.getBytes(StandardCharsets.US_ASCII));
    }

    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }
}
