package dev.dtu.examples.triage;

import java.util.Set;
import java.util.function.Supplier;

/** Who may close tickets: the members of the support channel (looked up once per trajectory). */
final class SupportTeam {
    private final SlackClient slack;
    private final Supplier<String> channel;
    private volatile Set<String> members;

    SupportTeam(SlackClient slack, Supplier<String> channel) {
        this.slack = slack;
        this.channel = channel;
    }

    boolean isMember(String slackUserId) {
        Set<String> known = members;
        if (known == null) {
            known = slack.members(channel.get());
            members = known;
        }
        return known.contains(slackUserId);
    }

    void forget() {
        members = null;
    }
}
