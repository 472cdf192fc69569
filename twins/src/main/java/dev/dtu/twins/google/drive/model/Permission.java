package dev.dtu.twins.google.drive.model;

/**
 * The Drive API Permission: who (type user/group/domain/anyone with emailAddress or domain) may do
 * what (role).
 */
public record Permission(String id, String type, String role, String emailAddress, String domain,
                         Boolean allowFileDiscovery) {

    public Permission withRole(String newRole) {
        return new Permission(id, type, newRole, emailAddress, domain, allowFileDiscovery);
    }
}
