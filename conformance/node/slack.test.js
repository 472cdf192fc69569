// @slack/web-api against the Slack twin: the calls a Slack app makes most, errors and rate limits.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { WebClient, ErrorCode, WebClientEvent, LogLevel } from '@slack/web-api';
import { createUniverse, updateSettings } from './dtu.js';

const SUPPORT = 'C000000002'; // #support: the bot is a member, and it holds a seeded thread
let slack;
let universe;

const client = (options = {}) =>
  new WebClient(slack.botToken, { slackApiUrl: slack.baseUrl, logLevel: LogLevel.ERROR, ...options });

before(async () => {
  universe = await createUniverse('node-slack');
  slack = universe.twins.slack;
});

test('auth.test names the bot of this universe', async () => {
  const res = await client().auth.test();
  assert.equal(res.ok, true);
  assert.equal(res.user_id, slack.botUserId);
  assert.equal(res.team_id, slack.teamId);
});

test('chat.postMessage, update and delete change what history returns', async () => {
  const web = client();
  const posted = await web.chat.postMessage({ channel: SUPPORT, text: 'hello from node' });
  assert.equal(posted.channel, SUPPORT);
  assert.equal(posted.message.text, 'hello from node');

  const updated = await web.chat.update({ channel: SUPPORT, ts: posted.ts, text: 'edited from node' });
  assert.equal(updated.ts, posted.ts);
  const latest = await web.conversations.history({ channel: SUPPORT, latest: posted.ts, inclusive: true, limit: 1 });
  assert.equal(latest.messages[0].text, 'edited from node');

  const deleted = await web.chat.delete({ channel: SUPPORT, ts: posted.ts });
  assert.equal(deleted.ts, posted.ts);
  const after = await web.conversations.history({ channel: SUPPORT, limit: 100 });
  assert.ok(!after.messages.some((m) => m.ts === posted.ts), 'the deleted message is gone');
});

test('paginate walks conversations.list page by page with cursors', async () => {
  const pages = [];
  for await (const page of client().paginate('conversations.list', { limit: 2, types: 'public_channel' })) {
    pages.push(page);
  }
  const names = pages.flatMap((p) => p.channels.map((c) => c.name));
  assert.ok(pages.length >= 2, `expected several pages, got ${pages.length}`);
  assert.ok(pages.every((p) => p.channels.length <= 2));
  assert.deepEqual([...names].sort(), ['engineering', 'general', 'random', 'support']);
  assert.equal(pages.at(-1).response_metadata?.next_cursor ?? '', '');
});

test('paginate with a reducer gathers the whole history; replies returns the thread', async () => {
  const texts = await client().paginate(
    'conversations.history',
    { channel: SUPPORT, limit: 1 },
    () => false, // never stop early: paginate ends when there is no next cursor
    (acc = [], page) => acc.concat(page.messages.map((m) => m.text)),
  );
  assert.ok(texts.some((t) => t.startsWith('Acme Corp reports')), JSON.stringify(texts));
  assert.ok(texts.some((t) => t.startsWith('Globex renewal')));

  const thread = await client().conversations.replies({ channel: SUPPORT, ts: '1732488120.000000' });
  assert.equal(thread.messages.length, 3);
  assert.equal(thread.messages[0].reply_count, 2);
  assert.match(thread.messages[2].text, /2\.3\.1/);
});

test('users.lookupByEmail finds a person', async () => {
  const res = await client().users.lookupByEmail({ email: 'grace.hopper@northwind.example' });
  assert.equal(res.user.id, 'U000000002');
  assert.equal(res.user.profile.email, 'grace.hopper@northwind.example');
});

test('reactions.add shows up on the message', async () => {
  const web = client();
  const posted = await web.chat.postMessage({ channel: 'C000000003', text: 'react to me' });
  await web.reactions.add({ channel: 'C000000003', timestamp: posted.ts, name: 'eyes' });
  const got = await web.reactions.get({ channel: 'C000000003', timestamp: posted.ts });
  assert.deepEqual(got.message.reactions.map((r) => [r.name, r.users]), [['eyes', [slack.botUserId]]]);
});

test('a Slack error surfaces as the SDK platform error with data.error', async () => {
  await assert.rejects(client().chat.postMessage({ channel: 'C999999999', text: 'nowhere' }), (err) => {
    assert.equal(err.code, ErrorCode.PlatformError);
    assert.equal(err.data.ok, false);
    assert.equal(err.data.error, 'channel_not_found');
    return true;
  });
});

test('a bad token is invalid_auth', async () => {
  const web = new WebClient('xoxb-not-a-token', { slackApiUrl: slack.baseUrl, logLevel: LogLevel.ERROR });
  await assert.rejects(web.auth.test(), (err) => err.code === ErrorCode.PlatformError && err.data.error === 'invalid_auth');
});

test('with rate limits on, a 429 carries Retry-After and the SDK waits and retries', async () => {
  const rateLimited = await createUniverse('node-slack-rate-limits');
  await updateSettings(rateLimited.id, { rateLimits: true });
  const { botToken, baseUrl } = rateLimited.twins.slack;

  // chat.postMessage allows one message per second per channel: the second one gets a 429.
  const strict = new WebClient(botToken, { slackApiUrl: baseUrl, rejectRateLimitedCalls: true, logLevel: LogLevel.ERROR });
  await strict.chat.postMessage({ channel: SUPPORT, text: 'first' });
  await assert.rejects(strict.chat.postMessage({ channel: SUPPORT, text: 'second' }), (err) => {
    assert.equal(err.code, ErrorCode.RateLimitedError);
    assert.ok(err.retryAfter >= 1, `Retry-After was ${err.retryAfter}`);
    return true;
  });

  // The default client sleeps for Retry-After, then retries the same call, which then succeeds.
  const patient = new WebClient(botToken, { slackApiUrl: baseUrl, logLevel: LogLevel.ERROR, retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 } });
  const waits = [];
  patient.on(WebClientEvent.RATE_LIMITED, (seconds) => waits.push(seconds));
  const res = await patient.chat.postMessage({ channel: SUPPORT, text: 'third' });
  assert.equal(res.ok, true);
  assert.equal(res.message.text, 'third');
  assert.deepEqual(waits, [1]);
});
