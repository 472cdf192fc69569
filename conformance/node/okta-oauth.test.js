// @okta/okta-sdk-nodejs in OAuth 2.0 mode (authorizationMode 'PrivateKey') against the Okta twin: a service app
// with a JWKS signs private_key_jwt assertions for the org server's /oauth2/v1/token, gets the okta.* scopes
// granted to it, and the Management API answers within those scopes only.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import okta from '@okta/okta-sdk-nodejs';
import { createUniverse } from './dtu.js';

let universe;
let admin;

before(async () => {
  universe = await createUniverse('node-okta-oauth');
  const { orgUrl, apiToken } = universe.twins.okta;
  admin = new okta.Client({ orgUrl, token: apiToken, testing: { disableHttpsCheck: true } });
});

async function serviceApp(scopes) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const { orgUrl, apiToken } = universe.twins.okta;
  const created = await fetch(`${orgUrl}/api/v1/apps`, {
    method: 'POST',
    headers: { authorization: `SSWS ${apiToken}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      name: 'oidc_client', signOnMode: 'OPENID_CONNECT', label: 'Node service',
      credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
      settings: { oauthClient: { grant_types: ['client_credentials'], response_types: ['token'],
        application_type: 'service', jwks: { keys: [jwk] } } },
    }),
  }).then((r) => r.json());
  for (const scopeId of scopes) {
    await admin.applicationApi.grantConsentToScope({ appId: created.id, oAuth2ScopeConsentGrant: { issuer: orgUrl, scopeId } });
  }
  return { clientId: created.credentials.oauthClient.client_id, kid,
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

function oauthClient(app, scopes) {
  return new okta.Client({
    orgUrl: universe.twins.okta.orgUrl, authorizationMode: 'PrivateKey', clientId: app.clientId, keyId: app.kid,
    scopes, privateKey: app.privateKey, testing: { disableHttpsCheck: true },
  });
}

test('a service app reads users with okta.users.read and is refused a write it has no scope for', async () => {
  const app = await serviceApp(['okta.users.read', 'okta.groups.read']);
  const client = oauthClient(app, ['okta.users.read', 'okta.groups.read']);
  const logins = [];
  for await (const user of await client.userApi.listUsers()) logins.push(user.profile.login);
  assert.ok(logins.includes('ada.lovelace@northwind.example'));

  await assert.rejects(
    client.groupApi.createGroup({ group: { profile: { name: 'not-allowed' } } }),
    (e) => e.status === 403 && e.errorCode === 'E0000006',
  );
});

test('a scope never granted gets no token, so the call is refused as unauthenticated', async () => {
  const app = await serviceApp(['okta.users.read']);
  const client = oauthClient(app, ['okta.users.manage']);
  // the token endpoint answers invalid_scope; the SDK then calls without a token and Okta answers E0000011
  await assert.rejects(client.userApi.listUsers().then((c) => c.next()), (e) => e.status === 401 && e.errorCode === 'E0000011');
});
