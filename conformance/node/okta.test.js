// @okta/okta-sdk-nodejs against the Okta twin: users and their lifecycle, groups, pagination, errors.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import okta from '@okta/okta-sdk-nodejs';
import { createUniverse, journal, setFaults } from './dtu.js';

let client;
let universe;

before(async () => {
  universe = await createUniverse('node-okta');
  const { orgUrl, apiToken } = universe.twins.okta;
  client = new okta.Client({ orgUrl, token: apiToken, testing: { disableHttpsCheck: true } });
});

const all = async (collection) => {
  const items = [];
  for await (const item of collection) items.push(item);
  return items;
};

test('listUsers iterates every user across pages', async () => {
  const users = await all(await client.userApi.listUsers({ limit: 2 }));
  const logins = users.map((u) => u.profile.login);
  assert.ok(logins.includes('ada.lovelace@northwind.example'));
  assert.ok(logins.includes('margaret.hamilton@northwind.example'));
  assert.equal(new Set(users.map((u) => u.id)).size, users.length, 'no user is returned twice');

  const pages = (await journal(universe.id)).filter((e) => e.type === 'request' && e.method === 'GET' && e.path === '/api/v1/users');
  assert.ok(pages.length >= 3, `the SDK followed the Link header: ${pages.length} pages`);
  assert.ok(pages.slice(1).every((e) => /after=/.test(e.query)));
});

test('create, activate and deactivate a user', async () => {
  const created = await client.userApi.createUser({
    activate: false,
    body: {
      profile: { firstName: 'Node', lastName: 'Tester', email: 'node.tester@northwind.example', login: 'node.tester@northwind.example' },
    },
  });
  assert.equal(created.status, 'STAGED');
  assert.equal(created.profile.login, 'node.tester@northwind.example');

  await client.userApi.activateUser({ userId: created.id, sendEmail: false });
  assert.equal((await client.userApi.getUser({ userId: created.id })).status, 'PROVISIONED');

  await client.userApi.deactivateUser({ userId: created.id });
  assert.equal((await client.userApi.getUser({ userId: created.id })).status, 'DEPROVISIONED');
});

test('groups and membership', async () => {
  const group = await client.groupApi.createGroup({ group: { profile: { name: 'node-sdk', description: 'made by the Node SDK' } } });
  assert.equal(group.type, 'OKTA_GROUP');
  assert.equal(group.profile.name, 'node-sdk');

  const ada = await client.userApi.getUser({ userId: 'ada.lovelace@northwind.example' });
  await client.groupApi.assignUserToGroup({ groupId: group.id, userId: ada.id });
  const members = await all(await client.groupApi.listGroupUsers({ groupId: group.id }));
  assert.deepEqual(members.map((u) => u.id), [ada.id]);

  const adasGroups = await all(await client.userApi.listUserGroups({ userId: ada.id }));
  assert.ok(adasGroups.some((g) => g.id === group.id));

  const found = await all(await client.groupApi.listGroups({ q: 'node-' }));
  assert.deepEqual(found.map((g) => g.profile.name), ['node-sdk']);

  await client.groupApi.unassignUserFromGroup({ groupId: group.id, userId: ada.id });
  assert.deepEqual(await all(await client.groupApi.listGroupUsers({ groupId: group.id })), []);
});

test('an unknown user is E0000007 as the SDK error', async () => {
  await assert.rejects(client.userApi.getUser({ userId: '00unosuchuser0000000' }), (err) => {
    assert.equal(err.name, 'OktaApiError');
    assert.equal(err.status, 404);
    assert.equal(err.errorCode, 'E0000007');
    assert.match(err.errorSummary, /Not found/);
    return true;
  });
});

test('a bad token is E0000011', async () => {
  const stranger = new okta.Client({ orgUrl: universe.twins.okta.orgUrl, token: 'not-a-token', testing: { disableHttpsCheck: true } });
  await assert.rejects(stranger.userApi.getUser({ userId: 'ada.lovelace@northwind.example' }), (err) => err.status === 401 && err.errorCode === 'E0000011');
});

test('a 429 is retried after X-Rate-Limit-Reset; with retries off it is E0000047', async () => {
  const { orgUrl, apiToken } = universe.twins.okta;
  const rateLimitOnce = [{ twin: 'okta', method: 'GET', path: '/api/v1/users/*', action: 'rateLimit', retryAfterSeconds: 1, count: 1 }];

  await setFaults(universe.id, rateLimitOnce);
  const backoffs = [];
  client.requestExecutor.on('backoff', (request, response, requestId, delayMs) => backoffs.push({ status: response.status, delayMs }));
  const ada = await client.userApi.getUser({ userId: 'ada.lovelace@northwind.example' });
  assert.equal(ada.profile.firstName, 'Ada');
  assert.equal(backoffs.length, 1);
  assert.equal(backoffs[0].status, 429);
  assert.ok(backoffs[0].delayMs > 0 && backoffs[0].delayMs <= 3000, `waited ${backoffs[0].delayMs} ms`);

  await setFaults(universe.id, rateLimitOnce);
  const impatient = new okta.Client({ orgUrl, token: apiToken, testing: { disableHttpsCheck: true }, requestExecutor: new okta.DefaultRequestExecutor({ maxRetries: 0 }) });
  await assert.rejects(impatient.userApi.getUser({ userId: 'ada.lovelace@northwind.example' }), (err) => {
    assert.equal(err.status, 429);
    assert.equal(err.errorCode, 'E0000047');
    assert.ok(Number(err.headers.get('x-rate-limit-reset')) > Date.now() / 1000 - 5);
    return true;
  });
  await setFaults(universe.id, []);
});
