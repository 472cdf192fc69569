package dev.dtu.server.proxy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The vendors' own host names, and the twin each one is served by. */
public final class VendorHosts {
    private record Host(String name, boolean suffix, String twin) {
        boolean matches(String host) {
            return suffix ? host.endsWith(name) : host.equals(name);
        }
    }

    private static final List<Host> HOSTS = List.of(
            new Host("slack.com", false, "slack"), new Host(".slack.com", true, "slack"),
            new Host(".okta.com", true, "okta"), new Host(".oktapreview.com", true, "okta"),
            new Host(".atlassian.net", true, "jira"), new Host("api.atlassian.com", false, "jira"),
            new Host(".googleapis.com", true, "google"), new Host("googleapis.com", false, "google"));

    private VendorHosts() {}

    /** The twin serving this host name, if it is a vendor's. */
    public static Optional<String> twin(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return HOSTS.stream().filter(v -> v.matches(h)).map(Host::twin).findFirst();
    }
}
