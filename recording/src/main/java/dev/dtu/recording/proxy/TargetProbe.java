package dev.dtu.recording.proxy;

import dev.dtu.recording.RecordingException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Checks that the vendor can be reached before anything is recorded, so a typo fails at once. */
public final class TargetProbe {
    private TargetProbe() {}

    public static void check(URI target, int timeoutMillis) {
        if (target.getHost() == null || !(target.getScheme().equals("http") || target.getScheme().equals("https"))) {
            throw new RecordingException("the target must be an http(s) URL, not '" + target + "'");
        }
        int port = target.getPort() > 0 ? target.getPort() : target.getScheme().equals("https") ? 443 : 80;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(target.getHost(), port), timeoutMillis);
        } catch (IOException e) {
            throw new RecordingException("cannot reach the target " + target + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
