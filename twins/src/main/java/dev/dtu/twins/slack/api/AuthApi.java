package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.model.Bot;
import dev.dtu.twins.slack.model.SlackJson;
import dev.dtu.twins.slack.model.Team;

/** api.test, auth.test, team.info and bots.info. */
final class AuthApi {
    private AuthApi() {}

    /** Echoes the arguments; an {@code error} argument makes it fail with that error, as Slack's does. */
    static ObjectNode apiTest(MethodCall m) {
        ObjectNode body = MethodCall.body();
        m.args().string("error").ifPresent(e -> body.put("ok", false).put("error", e));
        if (!m.args().echo().isEmpty()) {
            body.set("args", m.args().echo());
        }
        return body;
    }

    static ObjectNode authTest(MethodCall m) {
        Team team = m.ws().team();
        ObjectNode body = MethodCall.body();
        body.put("url", team.url()).put("team", team.name()).put("user", m.caller().user().name())
                .put("team_id", team.id()).put("user_id", m.user());
        if (m.caller().isBot()) {
            body.put("bot_id", m.caller().token().botId());
        }
        body.put("is_enterprise_install", false);
        return body;
    }

    static ObjectNode teamInfo(MethodCall m) {
        Team team = m.ws().team();
        m.args().string("team").filter(t -> !t.equals(team.id())).ifPresent(t -> {
            throw new SlackError("team_not_found");
        });
        ObjectNode body = MethodCall.body();
        ObjectNode t = body.putObject("team");
        t.put("id", team.id()).put("name", team.name()).put("url", team.url()).put("domain", team.domain())
                .put("email_domain", team.emailDomain()).put("is_verified", false);
        ObjectNode icon = t.putObject("icon");
        for (int size : new int[] {34, 44, 68, 88, 102, 132, 230}) {
            icon.put("image_" + size, "https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-" + size + ".png");
        }
        icon.put("image_default", true);
        t.put("avatar_base_url", "https://ca.slack-edge.com/");
        return body;
    }

    static ObjectNode botsInfo(MethodCall m) {
        Bot bot = m.args().string("bot").flatMap(m.ws()::bot).orElseThrow(() -> new SlackError("bot_not_found"));
        ObjectNode body = MethodCall.body();
        body.set("bot", SlackJson.bot(bot));
        return body;
    }
}
