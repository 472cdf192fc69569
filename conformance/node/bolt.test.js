// A real @slack/bolt App, with its own HTTP receiver on a loopback port, against the Slack twin's Events API:
// the twin verifies the request URL with url_verification, then POSTs signed event_callback envelopes to it;
// Bolt checks each signature, acks and runs its listeners, which answer through the twin's Web API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, LogLevel } from '@slack/bolt';
import { createUniverse, journal, slackAdmin, updateSettings } from './dtu.js';

const SUPPORT = 'C000000002'; // #support: the bot is a member
const GRACE = 'U000000002';
const WRONG_SECRET = '0123456789abcdef0123456789abcdef';
const LIMIT = { timeout: 20_000 }; // a Bolt app caught in a loop fails its test instead of hanging the suite

/** A Bolt logger that keeps what Bolt says instead of printing it. */
function keptLogger() {
  const lines = [];
  let level = LogLevel.DEBUG;
  const keep = (name) => (...parts) => lines.push({ level: name, text: parts.join(' ') });
  return {
    lines,
    debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error'),
    setLevel: (l) => { level = l; }, getLevel: () => level, setName: () => {},
  };
}

/** A universe of its own, with Slack's retry delays (0 s, 1 min, 5 min) scaled down to milliseconds. */
async function world(name) {
  const universe = await createUniverse(name);
  await updateSettings(universe.id, { retryDelayScale: 0.001 });
  return { id: universe.id, slack: universe.twins.slack };
}

/** A Bolt App for the universe's bot; `listen` adds its listeners before it starts on 127.0.0.1:`port`. */
async function startBolt(t, w, { signingSecret = w.slack.signingSecret, port = 0, listen = () => {}, ...options } = {}) {
  const logger = keptLogger();
  const app = new App({
    signingSecret,
    token: w.slack.botToken,
    clientOptions: { slackApiUrl: w.slack.baseUrl },
    logger,
    logLevel: LogLevel.DEBUG,
    ...options,
  });
  listen(app);
  const server = await app.start({ port, host: '127.0.0.1' });
  const requests = []; // every request Bolt's receiver got, with the status it answered
  server.on('request', (req, res) => res.on('finish', () => requests.push({
    retryNum: req.headers['x-slack-retry-num'], retryReason: req.headers['x-slack-retry-reason'], status: res.statusCode,
  })));
  let stopped = false;
  const stop = async () => {
    if (!stopped) {
      stopped = true;
      const closed = app.stop();
      server.closeAllConnections(); // the twin's keep-alive connections would hold close() open
      await closed;
    }
  };
  t.after(stop);
  const { port: bound } = server.address();
  return { app, logger, requests, stop, port: bound, url: `http://127.0.0.1:${bound}/slack/events` };
}

const setEventUrl = (w, url) => slackAdmin(w.id, 'PUT', '/app', { eventRequestUrl: url });
const post = (w, text) => slackAdmin(w.id, 'POST', '/messages', { as: 'grace', channel: SUPPORT, text });

/** Polls until `check` returns a truthy value (or `timeoutMs` passes). */
async function eventually(check, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The twin's delivery attempts of the event whose inner event has this ts, in order. */
const deliveriesOf = async (w, type, ts) => (await journal(w.id))
  .filter((e) => e.type === 'delivery' && e.operation === `event_callback:${type}` && e.requestBody.event.ts === ts);

test('url_verification: Bolt answers the challenge, so the twin saves the request URL', LIMIT, async (t) => {
  const w = await world('bolt-url-verification');
  const bolt = await startBolt(t, w);
  const saved = await setEventUrl(w, bolt.url);
  assert.equal(saved.app.eventRequestUrl, bolt.url);

  const [handshake] = (await journal(w.id)).filter((e) => e.operation === 'url_verification');
  assert.equal(handshake.status, 200);
  assert.equal(handshake.requestBody.type, 'url_verification');
  assert.deepEqual(handshake.responseBody, { challenge: handshake.requestBody.challenge });
  assert.deepEqual(bolt.requests, [{ retryNum: undefined, retryReason: undefined, status: 200 }]);
});

test('app.message: a person says hello in a channel and the bot answers through say()', LIMIT, async (t) => {
  const w = await world('bolt-message');
  const heard = [];
  const bolt = await startBolt(t, w, {
    processBeforeResponse: true, // Bolt answers once its middleware and listeners ran: an acked delivery is done with
    listen: (app) => app.message('hello', async ({ message, context, say }) => {
      heard.push({ message, context });
      // The answer says hello too: Bolt's ignoreSelf must drop the bot's own message event, or this loops.
      await say(`hello <@${message.user}>, how can I help?`);
    }),
  });
  await setEventUrl(w, bolt.url);

  const asked = await post(w, 'hello, is anyone there?');
  const answer = await eventually(async () => {
    const history = await bolt.app.client.conversations.history({ channel: SUPPORT, oldest: asked.ts });
    return history.messages.find((m) => m.user === w.slack.botUserId);
  }, "the bot's answer in conversations.history");
  assert.equal(answer.text, `hello <@${GRACE}>, how can I help?`);
  assert.ok(answer.bot_id, 'posted with the bot token, so the message carries bot_id');

  // The bot's own message is delivered to Bolt as well; once Bolt answered it, the listener has still run only once.
  const own = await eventually(async () => (await deliveriesOf(w, 'message', answer.ts)).find((d) => d.status === 200),
    "the delivery of the bot's own message");
  assert.equal(own.requestBody.event.bot_id, answer.bot_id);
  assert.equal(heard.length, 1);
  const [{ message, context }] = heard;
  assert.equal(message.ts, asked.ts);
  assert.equal(message.channel, SUPPORT);
  assert.equal(message.channel_type, 'channel');
  assert.equal(context.teamId, w.slack.teamId);
  assert.equal(context.botUserId, w.slack.botUserId);
  assert.equal(context.retryNum, undefined);
  const history = await bolt.app.client.conversations.history({ channel: SUPPORT, oldest: asked.ts });
  assert.equal(history.messages.filter((m) => m.user === w.slack.botUserId).length, 1, 'exactly one answer');
});

test("app.event('app_mention'): the bot replies in the mention's thread", LIMIT, async (t) => {
  const w = await world('bolt-app-mention');
  const mentions = [];
  const bolt = await startBolt(t, w, {
    listen: (app) => app.event('app_mention', async ({ event, body, say }) => {
      mentions.push({ event, body });
      await say({ text: 'On it, looking at the build now.', thread_ts: event.ts });
    }),
  });
  await setEventUrl(w, bolt.url);

  const text = `<@${w.slack.botUserId}> the nightly build is red`;
  const asked = await post(w, text);
  const thread = await eventually(async () => {
    const replies = await bolt.app.client.conversations.replies({ channel: SUPPORT, ts: asked.ts });
    return replies.messages.length === 2 && replies;
  }, 'a reply in the thread');
  assert.equal(thread.messages[0].ts, asked.ts);
  assert.equal(thread.messages[0].reply_count, 1);
  const [, reply] = thread.messages;
  assert.equal(reply.text, 'On it, looking at the build now.');
  assert.equal(reply.user, w.slack.botUserId);
  assert.equal(reply.thread_ts, asked.ts);

  assert.equal(mentions.length, 1);
  const [{ event, body }] = mentions;
  assert.equal(event.user, GRACE);
  assert.equal(event.text, text);
  assert.equal(event.channel, SUPPORT);
  assert.equal(body.type, 'event_callback');
  assert.equal(body.team_id, w.slack.teamId);
  assert.match(body.api_app_id, /^A/);
  assert.match(body.event_id, /^Ev/);
  assert.equal(typeof body.event_time, 'number');
  assert.equal(body.authorizations[0].user_id, w.slack.botUserId);
});

test("app.event('reaction_added'): a person's reaction on the bot's message reaches the listener", LIMIT, async (t) => {
  const w = await world('bolt-reaction-added');
  const reactions = [];
  const bolt = await startBolt(t, w, {
    listen: (app) => app.event('reaction_added', async ({ event, context }) => {
      reactions.push({ event, context });
    }),
  });
  await setEventUrl(w, bolt.url);

  const posted = await bolt.app.client.chat.postMessage({ channel: SUPPORT, text: 'Release 2.4 is out' });
  await slackAdmin(w.id, 'POST', '/reactions', { as: 'grace', channel: SUPPORT, timestamp: posted.ts, name: 'tada' });
  await eventually(() => reactions.length > 0, 'the reaction_added listener');
  const [{ event, context }] = reactions;
  assert.equal(event.type, 'reaction_added');
  assert.equal(event.user, GRACE);
  assert.equal(event.reaction, 'tada');
  assert.equal(event.item_user, w.slack.botUserId);
  assert.deepEqual(event.item, { type: 'message', channel: SUPPORT, ts: posted.ts });
  assert.equal(context.teamId, w.slack.teamId);
  assert.equal(context.userId, GRACE);
});

test('a wrong signing secret: Bolt answers 401, the URL is refused and events are retried, never handled', LIMIT, async (t) => {
  const w = await world('bolt-wrong-secret');
  const handled = [];
  const listen = (app) => app.message(async ({ message }) => { handled.push(message); });

  // Slack verifies a new request URL with a signed url_verification: Bolt rejects the signature, so the URL is not saved.
  const wrong = await startBolt(t, w, { signingSecret: WRONG_SECRET, listen });
  await assert.rejects(setEventUrl(w, wrong.url), /answered 400: .*"url_verification_failed"/);
  assert.equal((await slackAdmin(w.id, 'GET', '/app')).app.eventRequestUrl, undefined, 'no request URL is saved');
  assert.deepEqual(wrong.requests.map((r) => r.status), [401]);
  assert.ok(wrong.logger.lines.some((l) => l.level === 'warn' && /signature mismatch/.test(l.text)), 'Bolt checked the signature');
  const port = wrong.port;
  await wrong.stop();

  // The URL was verified by a correctly configured app, which is then redeployed on it with the wrong secret.
  const right = await startBolt(t, w, { port, listen });
  await setEventUrl(w, right.url);
  await right.stop();
  const redeployed = await startBolt(t, w, { signingSecret: WRONG_SECRET, port, listen });

  const asked = await post(w, 'is the deploy done?');
  const attempts = await eventually(async () => {
    const d = await deliveriesOf(w, 'message', asked.ts);
    return d.length === 4 && d;
  }, 'the first delivery and its three retries');
  assert.deepEqual(attempts.map((a) => a.status), [401, 401, 401, 401]);
  assert.equal(new Set(attempts.map((a) => a.requestBody.event_id)).size, 1, 'every retry is the same event');
  assert.deepEqual(redeployed.requests, [
    { retryNum: undefined, retryReason: undefined, status: 401 },
    { retryNum: '1', retryReason: 'http_error', status: 401 },
    { retryNum: '2', retryReason: 'http_error', status: 401 },
    { retryNum: '3', retryReason: 'http_error', status: 401 },
  ]);
  assert.equal(redeployed.logger.lines.filter((l) => /signature mismatch/.test(l.text)).length, 4);
  assert.deepEqual(handled, []);
});

test("Bolt's ack comes before a slow listener finishes: one delivery, no retry", LIMIT, async (t) => {
  const w = await world('bolt-ack');
  const runs = [];
  const bolt = await startBolt(t, w, {
    listen: (app) => app.message('report', async ({ context, say }) => {
      runs.push(context.retryNum);
      await sleep(3500); // longer than the 3 seconds Slack waits for an answer
      await say('Here is the report.');
    }),
  });
  await setEventUrl(w, bolt.url);

  const asked = await post(w, 'report please');
  await eventually(async () => {
    const history = await bolt.app.client.conversations.history({ channel: SUPPORT, oldest: asked.ts });
    return history.messages.some((m) => m.user === w.slack.botUserId);
  }, "the slow listener's answer", 10_000);
  const attempts = await deliveriesOf(w, 'message', asked.ts);
  assert.equal(attempts.length, 1, JSON.stringify(attempts.map((a) => a.status)));
  assert.equal(attempts[0].status, 200);
  assert.ok(attempts[0].durationMs < 3000, `acked in ${attempts[0].durationMs} ms`);
  assert.deepEqual(runs, [undefined]);
});

test('processBeforeResponse: an answer later than 3 s is retried with X-Slack-Retry-Reason http_timeout', LIMIT, async (t) => {
  const w = await world('bolt-timeout');
  const runs = [];
  const bolt = await startBolt(t, w, {
    processBeforeResponse: true, // Bolt answers only once the listener has finished
    listen: (app) => app.message('slow', async ({ context }) => {
      runs.push({ retryNum: context.retryNum, retryReason: context.retryReason });
      if (context.retryNum === undefined) await sleep(3500);
    }),
  });
  await setEventUrl(w, bolt.url);

  const asked = await post(w, 'slow one');
  const attempts = await eventually(async () => {
    const d = await deliveriesOf(w, 'message', asked.ts);
    return d.length === 2 && d;
  }, 'the timed-out delivery and its retry', 10_000);
  assert.deepEqual(attempts.map((a) => a.status), [0, 200], 'no answer within 3 s, then the retry is acked');
  assert.deepEqual(runs, [
    { retryNum: undefined, retryReason: undefined },
    { retryNum: 1, retryReason: 'http_timeout' },
  ]);
});
