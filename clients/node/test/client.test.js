// The client against a running server (DTU_URL): every admin operation it wraps, and withUniverse's clean-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Dtu, DtuError, Universe, withUniverse } from '../index.js';

const dtu = new Dtu();
const GENERAL = 'C000000001';

const post = (u, text) => fetch(`${u.slack.baseUrl}chat.postMessage`, {
  method: 'POST',
  headers: { authorization: `Bearer ${u.slack.botToken}`, 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ channel: GENERAL, text }),
});
const texts = async (u) => Object.values((await u.state()).slack.messages).map((m) => m.text);

test('withUniverse gives a fresh universe with every twin and deletes it afterwards', async () => {
  let id;
  await withUniverse(async (u) => {
    id = u.id;
    assert.ok(u instanceof Universe);
    assert.match(u.slack.baseUrl, /\/slack\/api\/$/);
    assert.ok(u.okta.apiToken && u.jira.apiToken && u.google.accessToken);
    assert.ok((await dtu.universes()).some((x) => x.id === id));
  }, { name: 'client-fresh' });
  await assert.rejects(dtu.universe(id), (e) => e instanceof DtuError && e.status === 404);
});

test('withUniverse deletes the universe when the test throws, and rethrows', async () => {
  let id;
  await assert.rejects(withUniverse(async (u) => { id = u.id; throw new Error('the test failed'); }), /the test failed/);
  await assert.rejects(dtu.universe(id), (e) => e.status === 404);
});

test('faults, journal, snapshots and acting as a person', () => withUniverse(async (u) => {
  await u.faults([{ twin: 'slack', operation: 'chat.postMessage', action: 'error', status: 503, count: 1 }]);
  assert.equal((await post(u, 'first')).status, 503);
  assert.equal((await post(u, 'second')).status, 200);
  const posts = await u.journal({ operation: 'chat.postMessage' });
  assert.deepEqual(posts.map((e) => e.status), [503, 200]);
  assert.equal((await u.journal({ operation: 'chat.postMessage', status: 503 })).length, 1);

  const snap = await u.snapshot();
  await u.act('slack', 'POST', '/as/grace/chat.postMessage', { channel: GENERAL, text: 'from Grace' });
  assert.ok((await texts(u)).includes('from Grace'));
  await u.restore(snap);
  assert.ok(!(await texts(u)).includes('from Grace'));
  assert.ok((await texts(u)).includes('second'));

  await u.clearFaults();
  assert.deepEqual((await u.faults({ rules: [] })).rules, []);
}));

test('settings, fork and reset', () => withUniverse(async (u) => {
  assert.equal((await u.updateSettings({ rateLimits: true })).rateLimits, true);
  assert.equal((await u.settings()).rateLimits, true);
  await post(u, 'before the fork');
  const copy = await u.fork('client-copy');
  try {
    assert.notEqual(copy.id, u.id);
    assert.notEqual(copy.slack.botToken, u.slack.botToken);
    assert.ok((await texts(copy)).includes('before the fork'));
  } finally {
    await copy.delete();
  }
  await u.reset();
  assert.ok(!(await texts(u)).includes('before the fork'));
}));

test('withUniverse forks a template with from', async () => {
  const template = await dtu.createUniverse({ name: 'client-template' });
  try {
    await post(template, 'in the template');
    await withUniverse(async (u) => {
      assert.notEqual(u.id, template.id);
      assert.ok((await texts(u)).includes('in the template'));
    }, { from: template });
  } finally {
    await template.delete();
  }
});

test('a refused admin call is a DtuError with the status and the body', async () => {
  await assert.rejects(dtu.call('PUT', '/_dtu/universes/default/faults', [{ twin: 'slack', action: 'explode' }]),
    (e) => e instanceof DtuError && e.status === 400 && /explode/.test(e.body));
  assert.throws(() => new Dtu(''), /DTU_URL/);
});

test('npm pack ships the module and its types', () => {
  const dir = fileURLToPath(new URL('..', import.meta.url));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8' }));
  assert.deepEqual(packed.files.map((f) => f.path).sort(), ['README.md', 'index.d.ts', 'index.js', 'package.json']);
});
