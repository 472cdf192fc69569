// A real @slack/bolt App, with its own HTTP receiver on a loopback port, using the Slack twin's app surfaces: a global
// shortcut opens a modal (views.open with the shortcut's trigger_id), the person submits it and the app answers
// ack({ response_action: 'errors' }); the App Home is published when the person opens it (app_home_opened); Bolt's
// Assistant greets a new assistant thread and streams its answer (chat.startStream/appendStream/stopStream).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, Assistant, LogLevel } from '@slack/bolt';
import { createUniverse, slackAdmin, updateSettings } from './dtu.js';

const LIMIT = { timeout: 30_000 };
const ADA = 'U000000001';
const quietLogger = {
  debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {},
};

const TICKET = {
  type: 'modal',
  callback_id: 'ticket',
  title: { type: 'plain_text', text: 'New ticket' },
  submit: { type: 'plain_text', text: 'Create' },
  blocks: [{
    type: 'input', block_id: 'summary', label: { type: 'plain_text', text: 'Summary' },
    element: { type: 'plain_text_input', action_id: 'summary_input' },
  }],
};

async function world(name) {
  const universe = await createUniverse(name);
  await updateSettings(universe.id, { retryDelayScale: 0.001 });
  return { id: universe.id, slack: universe.twins.slack };
}

/** A Bolt App on 127.0.0.1 whose one URL takes events and interactions, as Bolt's templates configure it. */
async function startBolt(t, w, listen) {
  const app = new App({
    signingSecret: w.slack.signingSecret,
    token: w.slack.botToken,
    clientOptions: { slackApiUrl: w.slack.baseUrl },
    logger: quietLogger,
  });
  listen(app);
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  t.after(async () => {
    const closed = app.stop();
    server.closeAllConnections();
    await closed;
  });
  const url = `http://127.0.0.1:${server.address().port}/slack/events`;
  await slackAdmin(w.id, 'PUT', '/app', { eventRequestUrl: url, interactivityUrl: url });
  return app;
}

async function eventually(check, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

test('a shortcut opens a modal and its submission is refused with response_action errors', LIMIT, async (t) => {
  const w = await world('bolt-modal');
  const submissions = [];
  await startBolt(t, w, (app) => {
    app.shortcut('new_ticket', async ({ ack, body, client }) => {
      await ack();
      await client.views.open({ trigger_id: body.trigger_id, view: TICKET });
    });
    app.view('ticket', async ({ ack, view, body }) => {
      submissions.push({ view, body });
      const summary = view.state.values.summary.summary_input.value;
      if (summary.length < 5) {
        await ack({ response_action: 'errors', errors: { summary: 'Tell us a bit more' } });
      } else {
        await ack();
      }
    });
  });

  await slackAdmin(w.id, 'POST', '/as/ada/shortcuts', { callback_id: 'new_ticket' });
  // Bolt acks the shortcut first and opens the modal after: the person sees it a moment later.
  const [modal] = await eventually(async () => {
    const { views } = await slackAdmin(w.id, 'GET', '/as/ada/views');
    return views.length === 1 && views;
  }, 'the modal');
  assert.equal(modal.title.text, 'New ticket');
  assert.equal(modal.callback_id, 'ticket');

  const refused = await slackAdmin(w.id, 'POST', `/as/ada/views/${modal.id}/submit`, { values: { summary_input: 'hm' } });
  assert.equal(refused.response_action, 'errors');
  assert.deepEqual(refused.errors, { summary: 'Tell us a bit more' });
  assert.equal(refused.views[0].id, modal.id, 'the modal stays open with the errors');

  const accepted = await slackAdmin(w.id, 'POST', `/as/ada/views/${modal.id}/submit`,
    { values: { summary_input: 'The printer is on fire' } });
  assert.equal(accepted.response_action, 'close');
  assert.deepEqual(accepted.views, []);
  assert.equal(submissions.length, 2);
  assert.equal(submissions[0].body.user.id, ADA);
  assert.equal(submissions[1].view.state.values.summary.summary_input.value, 'The printer is on fire');
});

test('app_home_opened: the app publishes the Home of the person who opened it', LIMIT, async (t) => {
  const w = await world('bolt-app-home');
  await startBolt(t, w, (app) => {
    app.event('app_home_opened', async ({ event, client }) => {
      await client.views.publish({
        user_id: event.user,
        view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Welcome <@${event.user}>` } }] },
      });
    });
  });

  await slackAdmin(w.id, 'POST', '/as/ada/home', {});
  const home = await eventually(async () => (await slackAdmin(w.id, 'GET', '/as/ada/views')).home, "ada's Home");
  assert.equal(home.type, 'home');
  assert.equal(home.blocks[0].text.text, `Welcome <@${ADA}>`);
  assert.equal((await slackAdmin(w.id, 'GET', '/as/grace/views')).home, undefined, 'Homes are per person');
});

test("Bolt's Assistant: a new thread gets prompts, a question gets a status and a streamed answer", LIMIT, async (t) => {
  const w = await world('bolt-assistant');
  const started = [];
  await startBolt(t, w, (app) => {
    app.assistant(new Assistant({
      threadStarted: async ({ event, say, setSuggestedPrompts }) => {
        started.push(event);
        await say('Hi, how can I help?');
        await setSuggestedPrompts({ prompts: [{ title: 'Summarize', message: 'Summarize this channel' }] });
      },
      userMessage: async ({ setStatus, sayStream }) => {
        await setStatus('is typing...');
        const stream = sayStream();
        await stream.append({ markdown_text: 'Here is ' });
        await stream.append({ markdown_text: 'the answer.' });
        await stream.stop();
      },
    }));
  });

  const opened = await slackAdmin(w.id, 'POST', '/as/ada/assistant', { channel: 'C000000001' });
  const { channel_id: dm, thread_ts: threadTs } = opened.assistant_thread;
  await eventually(() => started.length > 0, 'threadStarted');
  assert.equal(started[0].assistant_thread.context.channel_id, 'C000000001');
  const client = new App({ token: w.slack.botToken, signingSecret: 'x', clientOptions: { slackApiUrl: w.slack.baseUrl } }).client;
  await eventually(async () => (await client.conversations.replies({ channel: dm, ts: threadTs })).messages
    .some((m) => m.text === 'Hi, how can I help?'), 'the greeting in the thread');

  await slackAdmin(w.id, 'POST', '/messages', { as: 'ada', channel: dm, thread_ts: threadTs, text: 'What is our PTO policy?' });
  const answer = await eventually(async () => (await client.conversations.replies({ channel: dm, ts: threadTs })).messages
    .find((m) => m.text === 'Here is the answer.'), 'the streamed answer');
  assert.equal(answer.user, w.slack.botUserId);
  assert.equal(answer.thread_ts, threadTs);
});
