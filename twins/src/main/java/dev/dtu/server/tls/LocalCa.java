package dev.dtu.server.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local certificate authority: made once per folder ({@code ca.pem} and {@code ca-key.pem}), then used to issue
 * the server's certificate on every start. Apps trust {@code ca.pem} (a truststore, {@code NODE_EXTRA_CA_CERTS},
 * {@code REQUESTS_CA_BUNDLE}, {@code SSL_CERT_FILE}); it signs nothing but this server's certificates.
 */
public final class LocalCa {
    public static final String CERT_FILE = "ca.pem";
    public static final String KEY_FILE = "ca-key.pem";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private LocalCa(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** The CA kept in {@code dir}, made there first if it is not yet. */
    public static LocalCa openOrCreate(Path dir) {
        Path cert = dir.resolve(CERT_FILE);
        Path keyFile = dir.resolve(KEY_FILE);
        try {
            if (!Files.exists(cert)) {
                create(dir, cert, keyFile);
            }
            return new LocalCa(Pem.certificates(cert).get(0), Pem.privateKey(keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local CA in " + dir + ": " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String pem() {
        return Pem.encode(certificate);
    }

    /** A server certificate for these host names and IP addresses, and its key. */
    public Issued issue(Collection<String> names) {
        try {
            KeyPair pair = ecKeyPair();
            Instant now = Instant.now();
            Set<GeneralName> alt = new LinkedHashSet<>();
            for (String name : names) {
                alt.add(isIpAddress(name) ? new GeneralName(GeneralName.iPAddress, name) : new GeneralName(GeneralName.dNSName, name));
            }
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(397))),
                    new X500Name("CN=" + names.iterator().next()), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alt.toArray(GeneralName[]::new)))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            return new Issued(sign(b, key), pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a server certificate: " + e.getMessage(), e);
        }
    }

    /** A certificate with its key and the CA that issued it. */
    public record Issued(X509Certificate certificate, PrivateKey key, X509Certificate issuer) {}

    private static void create(Path dir, Path cert, Path keyFile) throws IOException {
        Files.createDirectories(dir);
        try {
            KeyPair pair = ecKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=DTU local CA " + InetAddress.getLoopbackAddress().getHostName()
                    + " " + now.getEpochSecond() + ",O=Digital Twin Universe");
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate ca = sign(b, pair.getPrivate());
            // The key first, then the certificate: a CA is there once its certificate is.
            writeAtomically(keyFile, Pem.encode(pair.getPrivate()), true);
            writeAtomically(cert, Pem.encode(ca), false);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(SIGNATURE).build(signer)));
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static boolean isIpAddress(String name) {
        return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static void writeAtomically(Path target, String text, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply.
                }
            }
            Files.writeString(tmp, text);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another server made it first; its files are whole (moved atomically).
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
