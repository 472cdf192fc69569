package dev.dtu.examples.triage;

import java.util.Map;
import java.util.Optional;

/**
 * Everything the app reads from its environment (the scenario engine sets the twins' part).
 *
 * @param slackAppToken the app-level token ({@code xapp-…}); when set, events come over Socket Mode, otherwise
 *                      Slack POSTs them to {@code /slack/events}
 * @param googleServiceAccountKey the service account's key file (JSON); without it the app falls back to
 *                                {@code GOOGLE_ACCESS_TOKEN}
 * @param googleUser the Workspace user the service account acts for (domain-wide delegation): the owner of
 *                   the ticket log, whose share the service account has not got itself
 * @param bug a planted bug to switch on, for checking that sweeps tell good from bad: {@code none},
 *            {@code ignore-retry-after} (retries at once after a 429), {@code close-for-anyone} (closes
 *            tickets on anyone's check mark, not only the support group's) or {@code skip-ticket-log} (never
 *            writes the Google Sheet)
 */
record Config(int port, String slackApiUrl, String slackBotToken, String slackSigningSecret, Optional<String> slackAppToken,
              String jiraBaseUrl, String jiraEmail, String jiraApiToken,
              String oktaOrgUrl, String oktaApiToken,
              String googleRootUrl, Optional<String> googleServiceAccountKey, String googleUser,
              Optional<String> googleAccessToken,
              String supportChannel, String supportGroup, String jiraProject, String ticketSheet, String bug) {

    static Config from(Map<String, String> env) {
        return new Config(
                Integer.parseInt(env.getOrDefault("PORT", "8090")),
                require(env, "SLACK_API_URL"), require(env, "SLACK_BOT_TOKEN"), require(env, "SLACK_SIGNING_SECRET"),
                optional(env, "SLACK_APP_TOKEN"),
                require(env, "JIRA_BASE_URL"), require(env, "JIRA_EMAIL"), require(env, "JIRA_API_TOKEN"),
                require(env, "OKTA_ORG_URL"), require(env, "OKTA_API_TOKEN"),
                require(env, "GOOGLE_API_ROOT_URL"), optional(env, "GOOGLE_SERVICE_ACCOUNT_KEY"),
                env.getOrDefault("TRIAGE_SHEET_OWNER", "grace.hopper@northwind.example"),
                optional(env, "GOOGLE_ACCESS_TOKEN"),
                env.getOrDefault("TRIAGE_CHANNEL", "support"),
                env.getOrDefault("TRIAGE_SUPPORT_GROUP", "support"),
                env.getOrDefault("TRIAGE_JIRA_PROJECT", "SUP"),
                env.getOrDefault("TRIAGE_TICKET_SHEET", "Support tickets"),
                env.getOrDefault("TRIAGE_BUG", "none"));
    }

    boolean hasBug(String name) {
        return bug.equals(name);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static String require(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new IllegalStateException(name + " is not set"));
    }
}
