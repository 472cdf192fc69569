// A scoped google-auth-library client, unchanged, behind `dtu serve --proxy-port`: it posts its service account's
// assertion to the fixed https://oauth2.googleapis.com/token and calls https://www.googleapis.com. The key's email is
// the same in every universe made from one seed, and Node's gtoken signs the assertion without a key id (Java's and
// Python's libraries send `kid`, which the proxy routes by), so the proxy's user names the universe:
// HTTPS_PROXY=http://{universe}@host:port, sent as Proxy-Authorization on the CONNECT.
// Runs when DTU_PROXY_URL (http://127.0.0.1:PORT) and DTU_CA_FILE (the server's local CA, ca.pem) are given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUniverse, journal } from './dtu.js';

const proxy = process.env.DTU_PROXY_URL;
const ca = process.env.DTU_CA_FILE;

// NODE_EXTRA_CA_CERTS and HTTPS_PROXY are read when a process starts: the app runs as a process of its own.
const APP = `
import { auth } from '@googleapis/sheets';
import { drive as driveApi } from '@googleapis/drive';
const client = new auth.GoogleAuth({ keyFile: process.env.KEY_FILE, scopes: ['https://www.googleapis.com/auth/drive'] });
const drive = driveApi({ version: 'v3', auth: client });
const about = await drive.about.get({ fields: 'user' });
const created = await drive.files.create({ requestBody: { name: 'via the proxy' }, fields: 'id,name' });
console.log(JSON.stringify({ email: about.data.user.emailAddress, name: created.data.name }));
`;

test('a scoped Node client gets its token from its own universe through the proxy', { skip: !proxy || !ca }, async () => {
  const one = await createUniverse('node-proxy-one');
  const two = await createUniverse('node-proxy-two');
  const key = two.twins.google.serviceAccount;
  assert.equal(one.twins.google.serviceAccount.client_email, key.client_email);
  const dir = mkdtempSync(join(tmpdir(), 'dtu-proxy-key-'));
  try {
    const keyFile = join(dir, "key.json");
    // The proxy user names the universe: the app stays as it is, only its HTTPS_PROXY says where it runs.
    const viaUniverse = proxy.replace("://", `://${two.id}@`);
    writeFileSync(keyFile, JSON.stringify(key));
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', APP], {
      cwd: import.meta.dirname,
      env: { ...process.env, HTTPS_PROXY: viaUniverse, https_proxy: viaUniverse, NODE_EXTRA_CA_CERTS: ca, KEY_FILE: keyFile },
      encoding: 'utf8', timeout: 60_000,
    });
    const seen = JSON.parse(out.trim().split('\n').pop());
    assert.equal(seen.email, key.client_email);
    assert.equal(seen.name, 'via the proxy');
    const operations = (await journal(two.id)).map((e) => e.operation);
    assert.ok(operations.includes('oauth2.token'), operations.join(','));
    assert.ok(operations.includes('drive.files.create'), operations.join(','));
    assert.equal((await journal(one.id)).length, 0, 'the other universe heard nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
