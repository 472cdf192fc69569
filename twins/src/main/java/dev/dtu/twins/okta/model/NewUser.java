package dev.dtu.twins.okta.model;

import java.util.List;
import java.util.Map;

/** The parts of a createUser request the twin models. */
public record NewUser(Map<String, Object> profile, String password, String recoveryQuestion,
        AuthenticationProviderType provider, List<String> groupIds) {

    public NewUser {
        profile = profile == null ? Map.of() : profile;
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        provider = provider == null ? AuthenticationProviderType.OKTA : provider;
    }

    public UserCredentials credentials() {
        return new UserCredentials(password != null, recoveryQuestion != null, provider);
    }
}
