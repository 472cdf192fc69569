// @slack/web-api against the Slack twin: the calls a Slack app makes most, file uploads, errors and rate limits.
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

// filesUploadV2 is the SDK's own flow: files.getUploadURLExternal per file, the bytes POSTed to each upload_url
// as multipart/form-data, then one files.completeUploadExternal per destination. It answers
// { ok, files: [<each completeUploadExternal answer>] }.
const ENGINEERING = 'C000000003'; // the bot is a member
const RANDOM = 'C000000004'; // public, the bot is not a member
let filesWorld;

const filesClient = () =>
  new WebClient(filesWorld.botToken, { slackApiUrl: filesWorld.baseUrl, logLevel: LogLevel.ERROR });

/** url_private with the bot token as a bearer, as Slack serves a file's bytes. */
const download = async (url) => {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${filesWorld.botToken}` } });
  assert.equal(res.status, 200, url);
  return Buffer.from(await res.arrayBuffer());
};

before(async () => {
  filesWorld = (await createUniverse('node-slack-files')).twins.slack;
});

test('filesUploadV2 shares one file in a channel with its title and initial comment', async () => {
  const web = filesClient();
  const res = await web.filesUploadV2({
    channel_id: ENGINEERING,
    initial_comment: 'the weekly report',
    title: 'Weekly report',
    filename: 'report.txt',
    content: 'all green\n',
  });
  assert.equal(res.ok, true);
  assert.equal(res.files.length, 1, 'one files.completeUploadExternal call');
  assert.equal(res.files[0].ok, true);
  assert.equal(res.files[0].files.length, 1);
  const { id, title } = res.files[0].files[0];
  assert.match(id, /^F[0-9A-Z]+$/);
  assert.equal(title, 'Weekly report');

  const info = await web.files.info({ file: id });
  assert.equal(info.file.id, id);
  assert.equal(info.file.name, 'report.txt');
  assert.equal(info.file.title, 'Weekly report');
  assert.equal(info.file.filetype, 'text');
  assert.equal(info.file.mimetype, 'text/plain');
  assert.equal(info.file.size, 10);
  assert.equal(info.file.user, filesWorld.botUserId);
  assert.deepEqual(info.file.channels, [ENGINEERING]);
  assert.equal(info.content, 'all green\n');
  assert.equal((await download(info.file.url_private)).toString('utf8'), 'all green\n');

  const history = await web.conversations.history({ channel: ENGINEERING, limit: 1 });
  const [message] = history.messages;
  assert.equal(message.text, 'the weekly report');
  assert.equal(message.user, filesWorld.botUserId);
  assert.deepEqual(message.files.map((f) => [f.id, f.name, f.title]), [[id, 'report.txt', 'Weekly report']]);
  assert.deepEqual(info.file.shares.public[ENGINEERING].map((s) => s.ts), [message.ts]);
});

test('filesUploadV2 with file_uploads shares several files in one message', async () => {
  const web = filesClient();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
  const res = await web.filesUploadV2({
    channel_id: ENGINEERING,
    initial_comment: 'three attachments',
    file_uploads: [
      { file: Buffer.from('region,total\nemea,12\n'), filename: 'totals.csv', title: 'Totals' },
      { content: '{"healthy":true}', filename: 'status.json' },
      { file: png, filename: 'chart.png', title: 'Chart' },
    ],
  });
  assert.equal(res.files.length, 1, 'files sharing one destination complete in one call');
  const done = res.files[0].files;
  // The SDK titles a file by its filename when no title is given.
  assert.deepEqual(done.map((f) => f.title), ['Totals', 'status.json', 'Chart']);
  assert.equal(new Set(done.map((f) => f.id)).size, 3);

  const [message] = (await web.conversations.history({ channel: ENGINEERING, limit: 1 })).messages;
  assert.equal(message.text, 'three attachments');
  assert.deepEqual(message.files.map((f) => f.id), done.map((f) => f.id));
  assert.deepEqual(message.files.map((f) => [f.filetype, f.size]), [['csv', 21], ['json', 16], ['png', 10]]);

  const chart = await web.files.info({ file: done[2].id });
  assert.equal(chart.file.mimetype, 'image/png');
  assert.equal(chart.content, undefined, 'files.info carries no content for an image');
  assert.deepEqual(await download(chart.file.url_private), png, 'the bytes arrive as sent');
});

test('filesUploadV2 with thread_ts replies in the thread', async () => {
  const web = filesClient();
  const parent = await web.chat.postMessage({ channel: ENGINEERING, text: 'can someone share the build log?' });
  const res = await web.filesUploadV2({
    channel_id: ENGINEERING,
    thread_ts: parent.ts,
    initial_comment: 'here it is',
    filename: 'build.log',
    content: 'BUILD SUCCESS\n',
  });
  const { id } = res.files[0].files[0];

  const thread = await web.conversations.replies({ channel: ENGINEERING, ts: parent.ts });
  assert.equal(thread.messages.length, 2);
  assert.equal(thread.messages[0].reply_count, 1);
  const reply = thread.messages[1];
  assert.equal(reply.thread_ts, parent.ts);
  assert.equal(reply.text, 'here it is');
  assert.deepEqual(reply.files.map((f) => f.id), [id]);

  // A reply stays in its thread: the channel's history still ends with the parent.
  const [latest] = (await web.conversations.history({ channel: ENGINEERING, limit: 1 })).messages;
  assert.equal(latest.ts, parent.ts);
  const info = await web.files.info({ file: id });
  assert.deepEqual(info.file.shares.public[ENGINEERING].map((s) => [s.ts, s.thread_ts]), [[reply.ts, parent.ts]]);
});

test('files.delete removes an uploaded file; the message keeps a tombstone', async () => {
  const web = filesClient();
  const res = await web.filesUploadV2({ channel_id: ENGINEERING, filename: 'draft.txt', content: 'draft' });
  const { id } = res.files[0].files[0];
  const listed = await web.files.list({ channel: ENGINEERING });
  assert.ok(listed.files.some((f) => f.id === id), 'files.list shows the new file');

  const deleted = await web.files.delete({ file: id });
  assert.equal(deleted.ok, true);
  await assert.rejects(web.files.info({ file: id }), (err) => {
    assert.equal(err.code, ErrorCode.PlatformError);
    assert.equal(err.data.error, 'file_deleted');
    return true;
  });
  const after = await web.files.list({ channel: ENGINEERING });
  assert.ok(!after.files.some((f) => f.id === id), 'files.list no longer shows it');
  const [message] = (await web.conversations.history({ channel: ENGINEERING, limit: 1 })).messages;
  assert.deepEqual(message.files, [{ id, mode: 'tombstone' }]);
  await assert.rejects(web.files.delete({ file: id }), (err) => err.data.error === 'file_deleted');
});

test('filesUploadV2 with blocks shares the files in a message of those blocks', async () => {
  const web = filesClient();
  const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Nightly build* passed' } }];
  const res = await web.filesUploadV2({ channel_id: ENGINEERING, blocks, filename: 'nightly.txt', content: 'ok' });
  const { id } = res.files[0].files[0];
  const [message] = (await web.conversations.history({ channel: ENGINEERING, limit: 1 })).messages;
  assert.deepEqual(message.blocks, blocks);
  assert.deepEqual(message.files.map((f) => f.id), [id]);
});

test('filesUploadV2 surfaces Slack errors from files.completeUploadExternal as platform errors', async () => {
  const web = filesClient();
  const before = (await web.files.list({})).files.length;
  await assert.rejects(web.filesUploadV2({ channel_id: RANDOM, filename: 'a.txt', content: 'a' }), (err) => {
    assert.equal(err.code, ErrorCode.PlatformError);
    assert.deepEqual([err.data.ok, err.data.error], [false, 'not_in_channel']);
    return true;
  });
  await assert.rejects(web.filesUploadV2({ channel_id: 'C999999999', filename: 'a.txt', content: 'a' }), (err) => {
    assert.equal(err.code, ErrorCode.PlatformError);
    assert.equal(err.data.error, 'channel_not_found');
    return true;
  });
  assert.equal((await web.files.list({})).files.length, before, 'a failed completion shares and lists nothing');

  const stranger = new WebClient('xoxb-not-a-token', { slackApiUrl: filesWorld.baseUrl, logLevel: LogLevel.ERROR });
  await assert.rejects(stranger.filesUploadV2({ channel_id: ENGINEERING, filename: 'a.txt', content: 'a' }),
    (err) => err.code === ErrorCode.PlatformError && err.data.error === 'invalid_auth');
});
