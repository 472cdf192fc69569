// google-auth-library (as @googleapis/sheets and @googleapis/drive export it) authenticating with the service-account key
// file from the universe's description. Without scopes the library signs a JWT itself (aud https://sheets.googleapis.com/)
// and sends it as the bearer token; with useJWTAccessWithScope it puts the scopes in the JWT. Scoped token requests go
// to a fixed https://oauth2.googleapis.com/token, which only the forward proxy (dtu serve --proxy-port) reaches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheets as sheetsApi, auth } from '@googleapis/sheets';
import { drive as driveApi } from '@googleapis/drive';
import { createUniverse } from './dtu.js';

let universe;
let dir;
let keyFile;

before(async () => {
  universe = await createUniverse('node-google-auth');
  dir = mkdtempSync(join(tmpdir(), 'dtu-google-key-'));
  keyFile = join(dir, 'key.json');
  writeFileSync(keyFile, JSON.stringify(universe.twins.google.serviceAccount));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the key file names the twin as token_uri', () => {
  const key = universe.twins.google.serviceAccount;
  assert.equal(key.type, 'service_account');
  assert.match(key.token_uri, /\/google\/token$/);
  assert.match(key.private_key, /BEGIN PRIVATE KEY/);
});

test('an unscoped key file authenticates with a self-signed JWT', async () => {
  // google-auth-library 10 signs an unscoped JWT only when it knows the API's service path (its request() passes no
  // URL to sign for); the full `googleapis` package sets it, @googleapis/sheets does not, so the test does.
  const googleAuth = await new auth.GoogleAuth({ keyFile }).getClient();
  googleAuth.defaultServicePath = 'sheets.googleapis.com';
  const rootUrl = universe.twins.google.rootUrl;
  const sheets = sheetsApi({ version: 'v4', rootUrl, auth: googleAuth });
  const created = await sheets.spreadsheets.create({ requestBody: { properties: { title: 'Signed by the key' } } });
  const driveAuth = await new auth.GoogleAuth({ keyFile }).getClient();
  driveAuth.defaultServicePath = 'www.googleapis.com';
  const drive = driveApi({ version: 'v3', rootUrl, auth: driveAuth });
  const about = await drive.about.get({ fields: 'user' });
  assert.equal(about.data.user.emailAddress, universe.twins.google.serviceAccount.client_email);
  const file = await drive.files.get({ fileId: created.data.spreadsheetId, fields: 'owners' });
  assert.equal(file.data.owners[0].emailAddress, universe.twins.google.serviceAccount.client_email);
});

test('a self-signed JWT carrying too narrow a scope gets Google\'s insufficient-scope 403', async () => {
  const key = universe.twins.google.serviceAccount;
  const client = new auth.JWT({ email: key.client_email, key: key.private_key, keyId: key.private_key_id,
    scopes: ['https://www.googleapis.com/auth/drive.readonly'] });
  client.useJWTAccessWithScope = true;
  const sheets = sheetsApi({ version: 'v4', rootUrl: universe.twins.google.rootUrl, auth: client });
  await assert.rejects(sheets.spreadsheets.create({ requestBody: {} }), (e) => {
    assert.equal(e.response.status, 403);
    assert.equal(e.response.data.error.status, 'PERMISSION_DENIED');
    assert.equal(e.response.data.error.details[0].reason, 'ACCESS_TOKEN_SCOPE_INSUFFICIENT');
    return true;
  });
});

test('a JWT signed with another key is refused with 401', async () => {
  const key = universe.twins.google.serviceAccount;
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forged = new auth.JWT({ email: key.client_email, keyId: key.private_key_id,
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) });
  const sheets = sheetsApi({ version: 'v4', rootUrl: universe.twins.google.rootUrl, auth: forged });
  await assert.rejects(sheets.spreadsheets.create({ requestBody: {} }), (e) => e.response?.status === 401);
});
