package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.resource.Hooks;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.resource.Violation;
import dev.dtu.server.resource.Write;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Trusted origins' rule beyond their schema: the origin is a URL of a supported scheme ("HTTP, HTTPS, FTP,
 * Ionic 2, and Capacitor", okta-management spec, TrustedOriginOrigin) with a host.
 */
public final class TrustedOrigins implements Hooks {
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ionic", "capacitor");

    @Override
    public List<Violation> check(Write write, ObjectNode next, Resource previous) {
        String origin = next.path("origin").asText("");
        return validOrigin(origin) ? List.of()
                : List.of(new Violation("origin", Violation.Problem.FORMAT, "origin URL", next.get("origin")));
    }

    static boolean validOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
