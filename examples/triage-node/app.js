// A support-triage service, the kind of app a software factory produces, on the vendors' own SDKs: @slack/bolt in
// Socket Mode hears bug reports in #support, jira.js files them as Jira bugs, @googleapis/sheets logs them in a
// Google Sheet, and @okta/okta-sdk-nodejs says who may close them with a check mark. The same stories and planted
// bugs as examples/triage-app (see src/config.js).
//
// Its own HTTP routes (on 127.0.0.1:$PORT): GET /health (200 once the Slack socket is up), GET /tickets,
// POST /_reset (the scenario engine forgets the last trajectory with it).
import { createServer } from 'node:http';
import bolt from '@slack/bolt';
import { configFrom, hasBug } from './src/config.js';
import { JiraBugs } from './src/jira-bugs.js';
import { SlackPeople } from './src/slack-people.js';
import { SupportTeam } from './src/support-team.js';
import { TicketLog } from './src/ticket-log.js';
import { Triage } from './src/triage.js';

const { App, LogLevel } = bolt;
const config = configFrom(process.env);
const limitedAtOnce = hasBug(config, 'ignore-retry-after');

const slackApp = new App({
  token: config.slack.botToken,
  appToken: config.slack.appToken,
  socketMode: true,
  logLevel: LogLevel.ERROR,
  clientOptions: {
    slackApiUrl: config.slack.apiUrl,
    // Retry 5xx and dropped connections quickly (the default waits minutes); on a 429 the client waits what
    // Retry-After says before its retry, unless the planted bug has it reject rate-limited calls.
    retryConfig: { retries: 5, factor: 2, minTimeout: 100, randomize: false },
    rejectRateLimitedCalls: limitedAtOnce,
  },
  installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } }, // the receiver's own client (apps.connections.open)
});

const slack = new SlackPeople(slackApp.client, { retryAtOnceWhenLimited: limitedAtOnce });
const triage = new Triage(config, {
  slack,
  jira: new JiraBugs(config.jira, config.jiraProject),
  team: new SupportTeam(config.okta, config.supportGroup, slack),
  log: new TicketLog(config.google, config.ticketSheet),
});

// Bolt acknowledges each event at once; the rules run one event at a time, in the order Slack sent them.
let work = Promise.resolve();
const inOrder = (task) => {
  work = work.then(task).catch((e) => console.error('triage failed:', e));
  return work;
};
const handle = async ({ body }) => { inOrder(() => triage.onEvent(body)); };
slackApp.event('message', handle);
slackApp.event('reaction_added', handle);

let ready = false;
const reply = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  if (req.method === 'GET' && path === '/health') return reply(res, ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
  if (req.method === 'GET' && path === '/tickets') return reply(res, 200, triage.tickets());
  if (req.method === 'POST' && path === '/_reset') {
    await inOrder(() => triage.reset());
    return reply(res, 204);
  }
  return reply(res, 404, { error: 'not found' });
});

server.listen(config.port, '127.0.0.1', async () => {
  await slackApp.start();
  ready = true;
  console.log(`triage-node listening on ${config.port}${config.bug === 'none' ? '' : ` with bug ${config.bug}`}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    await slackApp.stop().catch(() => {});
    server.close();
    process.exit(0);
  });
}
