// A real @slack/bolt App with socketMode: true (its SocketModeReceiver, @slack/socket-mode) against the Slack
// twin: it opens its WebSocket with apps.connections.open and the universe's app-level token, takes events and a
// slash command as envelopes, acks them, and reconnects when the twin sends `disconnect` (refresh_requested).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, LogLevel } from '@slack/bolt';
import { createUniverse, journal, slackAdmin, updateSettings } from './dtu.js';

const SUPPORT = 'C000000002'; // #support: the bot is a member
const GRACE = 'U000000002';
const LIMIT = { timeout: 30_000 };

const quietLogger = {
  debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {},
};

/** A universe of its own whose app has Socket Mode on and a /deploy command (no request URL needed). */
async function world(name) {
  const universe = await createUniverse(name);
  await updateSettings(universe.id, { retryDelayScale: 0.001 });
  await slackAdmin(universe.id, 'PUT', '/app', { socketMode: true, slashCommands: { '/deploy': null } });
  return { id: universe.id, slack: universe.twins.slack };
}

/** A Bolt App in Socket Mode for the universe's app; `listen` adds its listeners before it connects. */
async function startBolt(t, w, listen) {
  const app = new App({
    token: w.slack.botToken,
    appToken: w.slack.appToken,
    socketMode: true,
    clientOptions: { slackApiUrl: w.slack.baseUrl },
    installerOptions: { clientOptions: { slackApiUrl: w.slack.baseUrl } }, // the receiver's own Web API client
    logger: quietLogger,
  });
  listen(app);
  await app.start();
  t.after(() => app.stop());
  return app;
}

/** Polls until `check` returns a truthy value (or `timeoutMs` passes). */
async function eventually(check, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

const sockets = async (w) => (await slackAdmin(w.id, 'GET', '/socket')).connections;
const post = (w, text) => slackAdmin(w.id, 'POST', '/messages', { as: 'grace', channel: SUPPORT, text });
const socketDeliveries = async (w) => (await journal(w.id)).filter((e) => e.type === 'delivery' && e.method === 'WS');

test('Socket Mode: a message and a mention reach Bolt as events_api envelopes, acked, and the bot answers', LIMIT, async (t) => {
  const w = await world('socket-mode-events');
  const heard = [];
  const app = await startBolt(t, w, (a) => {
    a.message('build', async ({ message }) => { heard.push(message); });
    a.event('app_mention', async ({ event, say }) => {
      await say({ text: `looking, <@${event.user}>`, thread_ts: event.ts });
    });
  });
  assert.equal((await sockets(w)).length, 1);

  const said = await post(w, 'the build is red');
  await eventually(() => heard.length === 1, 'the message listener');
  assert.equal(heard[0].ts, said.ts);
  assert.equal(heard[0].user, GRACE);

  const asked = await post(w, `<@${w.slack.botUserId}> can you look?`);
  const reply = await eventually(async () => {
    const replies = await app.client.conversations.replies({ channel: SUPPORT, ts: asked.ts });
    return replies.messages.length === 2 && replies.messages[1];
  }, 'the reply in the thread');
  assert.equal(reply.text, `looking, <@${GRACE}>`);

  const delivered = await eventually(async () => {
    const d = await socketDeliveries(w);
    return d.some((e) => e.operation === 'event_callback:app_mention' && e.status === 200) && d;
  }, 'the acked app_mention delivery');
  assert.ok(delivered.every((e) => e.status === 200), 'Bolt acked every envelope in time');
  assert.match(delivered[0].path, /^ws:\/\//);
});

test('Socket Mode: a slash command is acked with its answer, which Slack posts in the channel', LIMIT, async (t) => {
  const w = await world('socket-mode-command');
  const commands = [];
  await startBolt(t, w, (a) => a.command('/deploy', async ({ command, ack }) => {
    commands.push(command);
    await ack({ response_type: 'in_channel', text: `deploying ${command.text}` });
  }));

  const ran = await slackAdmin(w.id, 'POST', '/commands', { as: 'grace', channel: SUPPORT, command: '/deploy', text: 'api' });
  assert.equal(ran.ok, true);
  assert.equal(ran.response.text, 'deploying api');
  assert.equal(commands.length, 1);
  assert.equal(commands[0].user_id, GRACE);
  assert.equal(commands[0].channel_id, SUPPORT);
  assert.match(commands[0].response_url, /^http:\/\//);
  assert.equal(ran.posted.channel, SUPPORT);
});

test('Socket Mode: after disconnect (refresh_requested) Bolt opens a new socket and events keep coming', LIMIT, async (t) => {
  const w = await world('socket-mode-reconnect');
  const heard = [];
  await startBolt(t, w, (a) => a.message(async ({ message }) => { heard.push(message.text); }));
  const [first] = await sockets(w);
  const opens = async () => (await journal(w.id)).filter((e) => e.operation === 'apps.connections.open').length;
  assert.equal(await opens(), 1);

  const told = await slackAdmin(w.id, 'POST', '/socket/disconnect', { reason: 'refresh_requested' });
  assert.equal(told.disconnected, 1);
  await eventually(async () => await opens() === 2, 'a second apps.connections.open');
  const now = await eventually(async () => {
    const open = await sockets(w);
    return open.length === 1 && open[0] !== first && open;
  }, 'one new socket in place of the old');
  assert.notEqual(now[0], first);

  await post(w, 'still there?');
  await eventually(() => heard.includes('still there?'), 'the message over the new socket');
});

test('Socket Mode: the app token is the only token apps.connections.open takes', LIMIT, async () => {
  const w = await world('socket-mode-tokens');
  const call = (token) => fetch(`${w.slack.baseUrl}apps.connections.open`, {
    method: 'POST', headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json());
  assert.equal((await call(w.slack.botToken)).error, 'not_allowed_token_type');
  assert.equal((await call('xapp-1-A0-0-0')).error, 'invalid_auth');
  const opened = await call(w.slack.appToken);
  assert.equal(opened.ok, true);
  assert.match(opened.url, /^ws:\/\/.+\/u\/.+\/slack\/link\/\?ticket=/);
});
