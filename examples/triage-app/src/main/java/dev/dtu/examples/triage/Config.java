package dev.dtu.examples.triage;

import java.util.Map;

/**
 * Everything the app reads from its environment (the scenario engine sets these).
 *
 * @param bug a planted bug to switch on, for checking that sweeps tell good from bad: {@code none},
 *            {@code ignore-retry-after} (retries at once after a 429) or {@code close-for-anyone}
 *            (closes tickets on anyone's check mark, not only the support group's)
 */
record Config(int port, String slackApiUrl, String slackBotToken, String slackSigningSecret, String supportChannel,
              String bug) {

    static Config from(Map<String, String> env) {
        return new Config(
                Integer.parseInt(env.getOrDefault("PORT", "8090")),
                require(env, "SLACK_API_URL"),
                require(env, "SLACK_BOT_TOKEN"),
                require(env, "SLACK_SIGNING_SECRET"),
                env.getOrDefault("TRIAGE_CHANNEL", "support"),
                env.getOrDefault("TRIAGE_BUG", "none"));
    }

    boolean hasBug(String name) {
        return bug.equals(name);
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
