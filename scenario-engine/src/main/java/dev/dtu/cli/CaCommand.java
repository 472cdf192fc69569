package dev.dtu.cli;

import dev.dtu.server.ServerConfig;
import dev.dtu.server.tls.LocalCa;
import dev.dtu.server.tls.TlsContexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dtu ca}: the local CA that signs {@code dtu serve --tls} certificates, for apps to trust. */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = "Print the local CA certificate (PEM) that signs --tls certificates; made on first use.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./dtu ca > dtu-ca.pem; NODE_EXTRA_CA_CERTS=$PWD/dtu-ca.pem node app.js",
                "  ./dtu ca --truststore ca.p12 > /dev/null",
                "  java -Djavax.net.ssl.trustStore=ca.p12 -Djavax.net.ssl.trustStorePassword=changeit ..."})
final class CaCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "${env:DTU_DATA_DIR}",
            description = "The server's --data-dir (its CA is in ca/ there); without it ~/.dtu/ca. Env DTU_DATA_DIR.")
    Path dataDir;

    @Option(names = "--truststore", paramLabel = "FILE",
            description = "Also write a PKCS#12 truststore holding the CA, for Java (javax.net.ssl.trustStore).")
    Path truststore;

    @Option(names = "--truststore-password", defaultValue = "changeit",
            description = "Password of the --truststore file (default: ${DEFAULT-VALUE}).")
    String password;

    @Override
    public Integer call() {
        ServerConfig config = ServerConfig.inMemory("127.0.0.1", 0);
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        try {
            LocalCa ca = LocalCa.openOrCreate(config.caDir());
            if (truststore != null) {
                try (OutputStream out = Files.newOutputStream(truststore)) {
                    TlsContexts.truststore(ca.certificate()).store(out, password.toCharArray());
                }
                System.err.println("dtu ca: wrote " + truststore + " (password " + password + ")");
            }
            System.out.print(ca.pem());
            System.out.flush();
            return 0;
        } catch (IOException | GeneralSecurityException | UncheckedIOException e) {
            System.err.println("dtu ca: " + e.getMessage());
            return 2;
        }
    }
}
