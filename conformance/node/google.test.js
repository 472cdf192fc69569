// @googleapis/sheets, docs and drive against the Google twin. Like the full `googleapis` package, these clients keep
// only the origin of `rootUrl` (googleapis-common resolves `/v4/...` against it), so the twin also answers at the server
// root and picks the universe by the access token.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { sheets as sheetsApi, auth } from '@googleapis/sheets';
import { docs as docsApi } from '@googleapis/docs';
import { drive as driveApi } from '@googleapis/drive';
import { createUniverse, journal, DTU_URL } from './dtu.js';

let universe;
let credentials;

const authFor = (accessToken) => {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: accessToken });
  return client;
};
const clients = (rootUrl = universe.twins.google.rootUrl, accessToken = universe.twins.google.accessToken) => ({
  sheets: sheetsApi({ version: 'v4', rootUrl, auth: authFor(accessToken) }),
  docs: docsApi({ version: 'v1', rootUrl, auth: authFor(accessToken) }),
  drive: driveApi({ version: 'v3', rootUrl, auth: authFor(accessToken) }),
});

before(async () => {
  universe = await createUniverse('node-google');
  credentials = universe.twins.google;
});

test('the universe names the server root as rootUrl', () => {
  assert.equal(credentials.rootUrl, `${DTU_URL}/`);
});

test('sheets: create, values.update, values.get with an evaluated formula', async () => {
  const { sheets } = clients();
  const created = await sheets.spreadsheets.create({
    requestBody: { properties: { title: 'Node budget' }, sheets: [{ properties: { title: 'Costs' } }] },
  });
  const id = created.data.spreadsheetId;
  assert.ok(id);
  assert.equal(created.data.properties.title, 'Node budget');
  assert.equal(created.data.sheets[0].properties.title, 'Costs');

  const updated = await sheets.spreadsheets.values.update({
    spreadsheetId: id, range: 'Costs!A1:B3', valueInputOption: 'USER_ENTERED',
    requestBody: { values: [['item', 'cost'], ['arm', '120'], ['total', '=SUM(B2:B2)*2']] },
  });
  assert.equal(updated.data.updatedCells, 6);
  assert.equal(updated.data.updatedRange, 'Costs!A1:B3');

  const got = await sheets.spreadsheets.values.get({ spreadsheetId: id, range: 'Costs!A1:B3' });
  assert.deepEqual(got.data.values, [['item', 'cost'], ['arm', '120'], ['total', '240']]);

  const raw = await sheets.spreadsheets.values.get({ spreadsheetId: id, range: 'Costs!B3', valueRenderOption: 'FORMULA' });
  assert.deepEqual(raw.data.values, [['=SUM(B2:B2)*2']]);

  const appended = await sheets.spreadsheets.values.append({
    spreadsheetId: id, range: 'Costs!A1', valueInputOption: 'USER_ENTERED', requestBody: { values: [['gripper', '30']] },
  });
  assert.equal(appended.data.updates.updatedRange, 'Costs!A4:B4');
  const column = await sheets.spreadsheets.values.get({ spreadsheetId: id, range: 'Costs!B2:B4', valueRenderOption: 'UNFORMATTED_VALUE' });
  assert.deepEqual(column.data.values, [[120], [240], [30]]);
});

test('docs: create, batchUpdate, get', async () => {
  const { docs } = clients();
  const created = await docs.documents.create({ requestBody: { title: 'Node notes' } });
  const documentId = created.data.documentId;
  assert.equal(created.data.title, 'Node notes');

  const res = await docs.documents.batchUpdate({
    documentId,
    requestBody: { requests: [{ insertText: { location: { index: 1 }, text: 'Hello from Node\n' } }] },
  });
  assert.equal(res.data.documentId, documentId);
  assert.equal(res.data.replies.length, 1);

  const doc = await docs.documents.get({ documentId });
  const text = doc.data.body.content
    .flatMap((el) => el.paragraph?.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('');
  assert.equal(text, 'Hello from Node\n\n');
});

test('docs: insertText at endOfSegmentLocation appends to the body', async () => {
  const { docs } = clients();
  const { data } = await docs.documents.create({ requestBody: { title: 'Appendix' } });
  await docs.documents.batchUpdate({
    documentId: data.documentId,
    requestBody: { requests: [{ insertText: { endOfSegmentLocation: {}, text: 'at the end' } }] },
  });
  const doc = await docs.documents.get({ documentId: data.documentId });
  assert.equal(doc.data.body.content.at(-1).paragraph.elements[0].textRun.content, 'at the end\n');
});

test('drive: files.list with q finds files by name and type', async () => {
  const { drive } = clients();
  const res = await drive.files.list({
    q: "name contains 'Support' and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false",
    fields: 'files(id,name,mimeType)',
  });
  assert.deepEqual(res.data.files, [{ id: 'support-tickets', name: 'Support tickets', mimeType: 'application/vnd.google-apps.spreadsheet' }]);

  const folders = await drive.files.list({ q: "'support-folder' in parents", pageSize: 1 });
  assert.equal(folders.data.files.length, 1);
  assert.ok(folders.data.nextPageToken, 'the folder holds more than one file');
});

test('drive: a multipart upload and its download (uploads need rootUrl per call)', async () => {
  // googleapis-common rewrites only the API url to the global rootUrl; the upload url comes from the per-call
  // options, so without { rootUrl } here the bytes would go to www.googleapis.com.
  const { drive } = clients();
  const created = await drive.files.create(
    { requestBody: { name: 'notes.txt', parents: ['support-folder'] }, media: { mimeType: 'text/plain', body: Readable.from(['hello drive']) }, fields: 'id,name,size,parents,mimeType' },
    { rootUrl: credentials.rootUrl },
  );
  const { id, ...file } = created.data;
  assert.deepEqual(file, { name: 'notes.txt', size: '11', parents: ['support-folder'], mimeType: 'text/plain' });

  const downloaded = await drive.files.get({ fileId: id, alt: 'media' }, { responseType: 'text' });
  assert.equal(downloaded.data, 'hello drive');

  const listed = await drive.files.list({ q: "'support-folder' in parents and name = 'notes.txt'", fields: 'files(id)' });
  assert.deepEqual(listed.data.files, [{ id }]);
});

test('a bad token is a 401 in Google\'s error envelope', async () => {
  const { sheets } = clients(credentials.rootUrl, 'ya29.not-a-token');
  await assert.rejects(sheets.spreadsheets.get({ spreadsheetId: 'support-tickets' }), (err) => {
    assert.equal(err.status, 401);
    assert.equal(err.response.data.error.status, 'UNAUTHENTICATED');
    return true;
  });
});

test('the Node client drops the path of rootUrl; the token still finds the universe', async () => {
  const before = (await journal(universe.id)).length;
  const prefixed = `${DTU_URL}/u/${universe.id}/google/`;
  const elsewhere = `${DTU_URL}/u/no-such-universe/google/`;
  for (const rootUrl of [prefixed, elsewhere]) {
    const { sheets } = clients(rootUrl);
    const res = await sheets.spreadsheets.get({ spreadsheetId: 'support-tickets' });
    assert.equal(res.data.properties.title, 'Support tickets');
    assert.equal(String(res.config.url), `${DTU_URL}/v4/spreadsheets/support-tickets`, 'the request went to the server root');
  }
  // Had the path been kept, the second call would have hit an unknown universe: both landed in this one.
  const landed = (await journal(universe.id)).slice(before);
  assert.deepEqual(landed.map((e) => [e.twin, e.method, e.path, e.status]), [
    ['google', 'GET', '/v4/spreadsheets/support-tickets', 200],
    ['google', 'GET', '/v4/spreadsheets/support-tickets', 200],
  ]);
});

test('drive: a shared drive, its items (supportsAllDrives) and the changes feed', async () => {
  const { drive } = clients();
  const created = await drive.drives.create({ requestId: `node-${Date.now()}`, requestBody: { name: 'Node team' } });
  const driveId = created.data.id;
  const start = (await drive.changes.getStartPageToken({})).data.startPageToken;
  const file = await drive.files.create({ supportsAllDrives: true, fields: 'id,driveId,owners',
    requestBody: { name: 'team.txt', parents: [driveId] } });
  assert.equal(file.data.driveId, driveId);
  assert.equal(file.data.owners, undefined);
  await assert.rejects(drive.files.get({ fileId: file.data.id }), (err) => {
    assert.equal(err.status, 404);
    assert.equal(err.response.data.error.errors[0].reason, 'notFound');
    return true;
  });
  const inDrive = await drive.files.list({ corpora: 'drive', driveId, includeItemsFromAllDrives: true, supportsAllDrives: true });
  assert.deepEqual(inDrive.data.files.map((f) => f.name), ['team.txt']);
  const changes = await drive.changes.list({ pageToken: start, driveId, supportsAllDrives: true,
    includeItemsFromAllDrives: true });
  assert.deepEqual(changes.data.changes.map((c) => c.fileId), [file.data.id]);
  assert.ok(Number(changes.data.newStartPageToken) > Number(start));
  await assert.rejects(drive.drives.delete({ driveId }), (err) => {
    assert.equal(err.status, 403);
    assert.equal(err.response.data.error.errors[0].reason, 'cannotDeleteResourceWithChildren');
    return true;
  });
});

test('drive: revisions of an uploaded file, kept forever, fetched and deleted', async () => {
  const { drive } = clients();
  const created = await drive.files.create(
    { requestBody: { name: 'rev.txt' }, media: { mimeType: 'text/plain', body: Readable.from(['first']) }, fields: 'id' },
    { rootUrl: credentials.rootUrl },
  );
  const fileId = created.data.id;
  await drive.files.update({ fileId, media: { mimeType: 'text/plain', body: Readable.from(['second']) } },
    { rootUrl: credentials.rootUrl });
  const list = await drive.revisions.list({ fileId, fields: 'revisions(id,size,keepForever)' });
  assert.deepEqual(list.data.revisions.map((r) => r.size), ['5', '6']);
  const [first, head] = list.data.revisions;
  const file = await drive.files.get({ fileId, fields: 'headRevisionId' });
  assert.equal(file.data.headRevisionId, head.id);
  const kept = await drive.revisions.update({ fileId, revisionId: first.id, fields: 'keepForever', requestBody: { keepForever: true } });
  assert.equal(kept.data.keepForever, true);
  const old = await drive.revisions.get({ fileId, revisionId: first.id, alt: 'media' }, { responseType: 'text' });
  assert.equal(old.data, 'first');
  await drive.revisions.delete({ fileId, revisionId: first.id });
  await assert.rejects(drive.revisions.delete({ fileId, revisionId: head.id }), (err) => {
    assert.equal(err.status, 403);
    assert.equal(err.response.data.error.errors[0].reason, 'cannotDeleteOnlyRevision');
    return true;
  });
});

test('drive: a comment resolved by a reply; sheets: copyTo another spreadsheet', async () => {
  const { drive, sheets } = clients();
  const a = (await sheets.spreadsheets.create({ requestBody: { properties: { title: 'From' } } })).data.spreadsheetId;
  const b = (await sheets.spreadsheets.create({ requestBody: { properties: { title: 'To' } } })).data.spreadsheetId;
  const comment = await drive.comments.create({ fileId: a, fields: 'id', requestBody: { content: 'Check A1' } });
  await drive.replies.create({ fileId: a, commentId: comment.data.id, fields: 'id,action',
    requestBody: { content: 'Done', action: 'resolve' } });
  const got = await drive.comments.get({ fileId: a, commentId: comment.data.id, fields: 'resolved,replies(content)' });
  assert.equal(got.data.resolved, true);
  assert.deepEqual(got.data.replies.map((r) => r.content), ['Done']);

  await sheets.spreadsheets.values.update({ spreadsheetId: a, range: 'A1', valueInputOption: 'RAW',
    requestBody: { values: [['moved']] } });
  const copied = await sheets.spreadsheets.sheets.copyTo({ spreadsheetId: a, sheetId: 0,
    requestBody: { destinationSpreadsheetId: b } });
  assert.equal(copied.data.title, 'Copy of Sheet1');
  const value = await sheets.spreadsheets.values.get({ spreadsheetId: b, range: "'Copy of Sheet1'!A1" });
  assert.deepEqual(value.data.values, [['moved']]);
});
