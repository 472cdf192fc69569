package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Team;
import dev.dtu.twins.slack.model.User;

/**
 * users.identity, Sign in with Slack's first version (https://docs.slack.dev/reference/methods/users.identity), and
 * users.setActive, which Slack keeps answering though it no longer does anything
 * (https://docs.slack.dev/reference/methods/users.setActive: "This method is no longer functional").
 */
final class IdentityApi {
    private IdentityApi() {}

    /**
     * A user token with identity.basic: the person's name and id and their team's id; identity.email adds the email,
     * identity.team the team's name and domain. Bot tokens are not_allowed_token_type.
     */
    static ObjectNode identity(MethodCall m) {
        if (m.caller().isBot()) {
            throw new SlackError("not_allowed_token_type");
        }
        m.caller().require("identity.basic");
        User u = m.caller().user();
        Team team = m.ws().team();
        ObjectNode body = MethodCall.body();
        ObjectNode user = body.putObject("user").put("name", u.realName()).put("id", u.id());
        if (m.caller().token().has("identity.email")) {
            user.put("email", u.email());
        }
        ObjectNode t = body.putObject("team").put("id", team.id());
        if (m.caller().token().has("identity.team")) {
            t.put("name", team.name()).put("domain", team.domain());
        }
        return body;
    }

    static ObjectNode setActive(MethodCall m) {
        return MethodCall.body();
    }
}
