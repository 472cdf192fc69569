package dev.dtu.examples.triage;

import java.util.Locale;
import java.util.Set;

/**
 * Who may close tickets: the active members of the support group in Okta, matched to Slack members by
 * email (looked up once per trajectory).
 */
final class SupportTeam {
    private final SlackClient slack;
    private final OktaClient okta;
    private final String group;
    private volatile Set<String> emails;

    SupportTeam(SlackClient slack, OktaClient okta, String group) {
        this.slack = slack;
        this.okta = okta;
        this.group = group;
    }

    boolean isMember(String slackUserId) {
        Set<String> known = emails;
        if (known == null) {
            known = okta.memberEmails(group);
            emails = known;
        }
        Set<String> members = known;
        return slack.email(slackUserId).map(e -> members.contains(e.toLowerCase(Locale.ROOT))).orElse(false);
    }

    void forget() {
        emails = null;
    }
}
