// @slack/oauth's InstallProvider against the Slack twin: the whole "Add to Slack" flow (install path, the twin's
// consent page approved by HTTP as a person would, the callback, oauth.v2.access), the installation it stores,
// the incoming webhook it got, and token rotation through InstallProvider#authorize.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { InstallProvider } from '@slack/oauth';
import { WebClient, LogLevel } from '@slack/web-api';
import { createUniverse, deleteUniverse, DTU_URL } from './dtu.js';

let server;
let port;
const apps = new Map();

before(async () => {
  server = http.createServer((req, res) => {
    const [name, path] = req.url.split('/').filter(Boolean);
    const installer = apps.get(name);
    if (path === 'install') installer.handleInstallPath(req, res);
    else installer.handleCallback(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
});

after(() => server.close());

/** An app with its own installation store, served at /{name}/install and /{name}/oauth_redirect. */
function app(name, slack, scopes, userScopes) {
  const stored = [];
  const installer = new InstallProvider({
    clientId: slack.clientId,
    clientSecret: slack.clientSecret,
    stateSecret: 'dtu-conformance-state-secret',
    authorizationUrl: slack.authorizeUrl,
    directInstall: true,
    clientOptions: { slackApiUrl: slack.baseUrl },
    logLevel: LogLevel.ERROR,
    installUrlOptions: { scopes, userScopes, redirectUri: `http://127.0.0.1:${port}/${name}/oauth_redirect` },
    installationStore: {
      storeInstallation: async (installation) => { stored.push(installation); },
      fetchInstallation: async (query) => {
        const found = stored.findLast((i) => i.team?.id === query.teamId);
        if (!found) throw new Error('no installation');
        return found;
      },
      deleteInstallation: async () => { stored.length = 0; },
    },
  });
  apps.set(name, installer);
  return { installer, stored };
}

/** A person clicks "Add to Slack", picks a channel on the twin's consent page and allows: the app's callback runs. */
async function install(name, form) {
  const start = await fetch(`http://127.0.0.1:${port}/${name}/install`, { redirect: 'manual' });
  assert.equal(start.status, 302);
  const cookie = start.headers.get('set-cookie').split(';')[0];
  const authorize = start.headers.get('location');
  const page = await fetch(authorize);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Allow/);
  const approved = await fetch(authorize, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ decision: 'allow', ...form }).toString(),
  });
  assert.equal(approved.status, 302, await approved.text());
  const callback = await fetch(approved.headers.get('location'), { headers: { cookie } });
  return { status: callback.status, location: approved.headers.get('location') };
}

test('Add to Slack: the stored installation has a bot token, the installer\'s user token and a webhook', async () => {
  const universe = await createUniverse('node-oauth');
  const slack = universe.twins.slack;
  const { installer, stored } = app('plain', slack, ['chat:write', 'channels:read', 'incoming-webhook'], ['search:read']);
  const done = await install('plain', { user: 'grace', channel: 'support' });
  assert.equal(done.status, 200);
  assert.equal(stored.length, 1);
  const installation = stored[0];
  assert.equal(installation.team.id, slack.teamId);
  assert.equal(installation.bot.userId, slack.botUserId);
  assert.match(installation.bot.token, /^xoxb-/);
  assert.match(installation.bot.id, /^B/);
  assert.deepEqual(installation.bot.scopes, ['chat:write', 'channels:read', 'incoming-webhook']);
  assert.match(installation.user.token, /^xoxp-/);
  assert.equal(installation.isEnterpriseInstall, false);
  assert.equal(installation.incomingWebhook.channel, '#support');

  const posted = await fetch(installation.incomingWebhook.url, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'installed!' }),
  });
  assert.equal(posted.status, 200);
  assert.equal(await posted.text(), 'ok');

  const auth = await installer.authorize({ teamId: slack.teamId, isEnterpriseInstall: false });
  const who = await new WebClient(auth.botToken, { slackApiUrl: slack.baseUrl, logLevel: LogLevel.ERROR }).auth.test();
  assert.equal(who.user_id, slack.botUserId);
  await deleteUniverse(universe.id);
});

test('a cancelled install reaches the callback as access_denied and stores nothing', async () => {
  const universe = await createUniverse('node-oauth-deny');
  const slack = universe.twins.slack;
  const { stored } = app('deny', slack, ['chat:write'], []);
  const done = await install('deny', { decision: 'deny' });
  assert.match(done.location, /error=access_denied/);
  assert.equal(stored.length, 0);
  await deleteUniverse(universe.id);
});

test('token rotation: InstallProvider#authorize refreshes an expiring bot token with oauth.v2.access', async () => {
  const created = await fetch(`${DTU_URL}/_dtu/universes`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'node-oauth-rotation',
      seed: {
        company: { name: 'Initech', domain: 'initech.example' },
        people: [{ id: 'milton', name: 'Milton Waddams', email: 'milton@initech.example' }],
        slack: { app: { oauth: { tokenRotation: true } }, channels: [{ name: 'general', members: 'everyone' }] },
      },
    }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const universe = await created.json();
  const slack = universe.twins.slack;
  const { installer, stored } = app('rotation', slack, ['chat:write'], []);
  assert.equal((await install('rotation', { user: 'milton' })).status, 200);
  const first = stored[0].bot;
  const { token: firstToken, refreshToken: firstRefresh } = first; // InstallProvider updates the stored object in place
  assert.match(firstToken, /^xoxe\.xoxb-1-/);
  assert.match(firstRefresh, /^xoxe-1-/);

  first.expiresAt = Math.floor(Date.now() / 1000) + 60; // within InstallProvider's two-hour refresh window
  const auth = await installer.authorize({ teamId: slack.teamId, isEnterpriseInstall: false });
  assert.notEqual(auth.botToken, firstToken);
  assert.match(auth.botToken, /^xoxe\.xoxb-1-/);
  assert.equal(stored.length, 2, 'the refreshed installation was stored');
  const web = (token) => new WebClient(token, { slackApiUrl: slack.baseUrl, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } });
  assert.equal((await web(auth.botToken).auth.test()).user_id, slack.botUserId);
  await assert.rejects(() => installer.noTokenClient.oauth.v2.access({
    client_id: slack.clientId, client_secret: slack.clientSecret, grant_type: 'refresh_token', refresh_token: firstRefresh,
  }), (e) => e.data?.error === 'invalid_refresh_token');
  await deleteUniverse(universe.id);
});
