// Everything the app reads from its environment (the scenario engine sets the twins' part).
//
// TRIAGE_BUG plants a bug, for checking that sweeps tell good from bad: none, ignore-retry-after (retries at once
// after a 429), close-for-anyone (closes tickets on anyone's check mark, not only the support group's) or
// skip-ticket-log (never writes the Google Sheet) — the same switches as examples/triage-app.

const require = (env, name) => {
  const value = env[name];
  if (!value || !value.trim()) throw new Error(`${name} is not set`);
  return value;
};

export function configFrom(env) {
  return {
    port: Number.parseInt(env.PORT ?? '8090', 10),
    slack: {
      apiUrl: require(env, 'SLACK_API_URL'),
      botToken: require(env, 'SLACK_BOT_TOKEN'),
      appToken: require(env, 'SLACK_APP_TOKEN'),
    },
    jira: { host: require(env, 'JIRA_BASE_URL'), email: require(env, 'JIRA_EMAIL'), apiToken: require(env, 'JIRA_API_TOKEN') },
    okta: { orgUrl: require(env, 'OKTA_ORG_URL'), token: require(env, 'OKTA_API_TOKEN') },
    google: {
      rootUrl: require(env, 'GOOGLE_API_ROOT_URL'),
      serviceAccountKey: env.GOOGLE_SERVICE_ACCOUNT_KEY || null, // the key file's JSON; without it, GOOGLE_ACCESS_TOKEN
      sheetOwner: env.TRIAGE_SHEET_OWNER ?? 'grace.hopper@northwind.example', // whom the service account acts for
      accessToken: env.GOOGLE_SERVICE_ACCOUNT_KEY ? null : require(env, 'GOOGLE_ACCESS_TOKEN'),
    },
    supportChannel: env.TRIAGE_CHANNEL ?? 'support',
    supportGroup: env.TRIAGE_SUPPORT_GROUP ?? 'support',
    jiraProject: env.TRIAGE_JIRA_PROJECT ?? 'SUP',
    ticketSheet: env.TRIAGE_TICKET_SHEET ?? 'Support tickets',
    bug: env.TRIAGE_BUG ?? 'none',
  };
}

export const hasBug = (config, name) => config.bug === name;
