package dev.dtu.examples.triage;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserStatus;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Okta's Management API through the Okta Java SDK with an SSWS token: who is in a group. The SDK retries 429s
 * itself (waiting for X-Rate-Limit-Reset); its cache is off, since group membership changes under the app.
 */
final class OktaClient {
    private final GroupApi groups;

    OktaClient(String orgUrl, String apiToken) {
        if (orgUrl.startsWith("http:")) {
            System.setProperty("okta.testing.disableHttpsCheck", "true"); // the SDK refuses plain http otherwise
        }
        ApiClient client = Clients.builder().setOrgUrl(orgUrl)
                .setClientCredentials(new TokenClientCredentials(apiToken))
                .setCacheManager(Caches.newDisabledCacheManager())
                .setConnectionTimeout(10).setRetryMaxElapsed(10) // seconds; the SDK's defaults allow minutes
                .build();
        this.groups = new GroupApi(client);
    }

    /** The lower-cased emails of the group's active members; empty when Okta could not be asked. */
    Set<String> memberEmails(String groupName) {
        Set<String> emails = new HashSet<>();
        try {
            Optional<String> groupId = groups.listGroups(groupName, null, null, 200, null, null, null, null).stream()
                    .filter(g -> g.getProfile() != null && groupName.equals(g.getProfile().getName()))
                    .map(Group::getId).findFirst();
            if (groupId.isPresent()) {
                for (User u : groups.listGroupUsers(groupId.get(), null, 200)) {
                    if (u.getStatus() == UserStatus.ACTIVE && u.getProfile().getEmail() != null) {
                        emails.add(u.getProfile().getEmail().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (RuntimeException e) { // ApiException included
            System.err.println("okta: " + e.getMessage());
        }
        return emails;
    }
}
