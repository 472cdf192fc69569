// jira.js (6.x) against the Jira twin's issue neighbourhood: project versions and components, attachments (multipart
// with X-Atlassian-Token), filter sharing and columns, create metadata offering versions, and jql/match.
// onSchemaMismatch 'throw' makes jira.js check every response against its schema of Jira's v3 API.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createCloudClient, isNotFoundError } from 'jira.js';
import { createUniverse } from './dtu.js';

let jira;
let projectId;

before(async () => {
  const universe = await createUniverse('node-jira-config');
  const { baseUrl, email, apiToken } = universe.twins.jira;
  jira = createCloudClient({ host: baseUrl, auth: { type: 'basic', email, apiToken }, onSchemaMismatch: 'throw' });
  projectId = Number((await jira.projects.getProject({ projectIdOrKey: 'SUP' })).id);
});

test('a version is created, set as fix version, counted, moved and merged away', async () => {
  const first = await jira.projectVersions.createVersion({ name: 'node-1', projectId, released: false });
  const second = await jira.projectVersions.createVersion({ name: 'node-2', projectId, released: false });
  assert.equal((await jira.projectVersions.getVersion({ id: first.id })).projectId, projectId);

  await jira.issues.editIssue({ issueIdOrKey: 'SUP-1', fields: { fixVersions: [{ id: first.id }] } });
  const counts = await jira.projectVersions.getVersionRelatedIssues({ id: first.id });
  assert.equal(counts.issuesFixedCount, 1);

  await jira.projectVersions.moveVersion({ id: second.id, position: 'First' });
  const order = (await jira.projectVersions.getProjectVersions({ projectIdOrKey: 'SUP' })).map((v) => v.id);
  assert.deepEqual(order, [second.id, first.id]);

  await jira.projectVersions.mergeVersions({ id: first.id, moveIssuesTo: second.id });
  const gone = await jira.projectVersions.getVersion({ id: first.id }).catch((e) => e);
  assert.ok(isNotFoundError(gone));
  const issue = await jira.issues.getIssue({ issueIdOrKey: 'SUP-1', fields: ['fixVersions'] });
  assert.deepEqual(issue.fields.fixVersions.map((v) => v.id), [second.id]);
});

test('a component is created, found, counted and deleted from its issues', async () => {
  const component = await jira.projectComponents.createComponent({ name: 'node-component', project: 'SUP' });
  assert.equal(component.project, 'SUP');
  const found = await jira.projectComponents.findComponentsForProjects({ projectIdsOrKeys: ['SUP'], query: 'node-component' });
  assert.deepEqual(found.values.map((c) => c.id), [component.id]);

  await jira.issues.editIssue({ issueIdOrKey: 'SUP-2', fields: { components: [{ id: component.id }] } });
  assert.equal((await jira.projectComponents.getComponentRelatedIssues({ id: component.id })).issueCount, 1);

  await jira.projectComponents.deleteComponent({ id: component.id });
  const issue = await jira.issues.getIssue({ issueIdOrKey: 'SUP-2', fields: ['components'] });
  assert.deepEqual(issue.fields.components, []);
});

test('attachments upload as multipart and read back byte for byte', async () => {
  const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
  const [attachment] = await jira.issueAttachments.addAttachment({
    issueIdOrKey: 'SUP-1', attachments: { filename: 'bytes.bin', content: bytes },
  });
  assert.equal(attachment.size, bytes.byteLength);
  const back = await jira.issueAttachments.getAttachmentContent({ id: attachment.id });
  assert.deepEqual(Array.from(new Uint8Array(back instanceof ArrayBuffer ? back : back.buffer.slice(back.byteOffset, back.byteOffset + back.byteLength))), Array.from(bytes));
  const meta = await jira.issueAttachments.getAttachment({ id: attachment.id });
  assert.equal(meta.id, Number(attachment.id));
  await jira.issueAttachments.removeAttachment({ id: attachment.id });
  assert.ok(isNotFoundError(await jira.issueAttachments.getAttachment({ id: attachment.id }).catch((e) => e)));
});

test('a filter is shared with a project and has columns of its own', async () => {
  const filter = await jira.filters.createFilter({ name: 'node shared filter', jql: 'project = SUP' });
  const added = await jira.filterSharing.addSharePermission({ id: filter.id, type: 'project', projectId: String(projectId) });
  assert.equal(added.length, 1);
  assert.equal((await jira.filters.getFilter({ id: filter.id })).sharePermissions.length, 1);

  await jira.filters.setColumns({ id: filter.id, columns: ['summary', 'status'] });
  assert.deepEqual((await jira.filters.getColumns({ id: filter.id })).map((c) => c.value), ['summary', 'status']);
  assert.equal((await jira.filterSharing.getDefaultShareScope()).scope, 'PRIVATE');
});

test('create metadata and jql/match', async () => {
  await jira.projectVersions.createVersion({ name: 'node-offered', projectId });
  const types = await jira.issues.getCreateIssueMetaIssueTypes({ projectIdOrKey: 'SUP' });
  const fields = await jira.issues.getCreateIssueMetaIssueTypeId({ projectIdOrKey: 'SUP', issueTypeId: types.issueTypes[0].id });
  const fix = fields.fields.find((f) => f.fieldId === 'fixVersions');
  assert.ok(fix.allowedValues.some((v) => v.name === 'node-offered'));

  const issue = await jira.issues.getIssue({ issueIdOrKey: 'SUP-1', fields: ['summary'] });
  const result = await jira.issueSearch.matchIssues({ issueIds: [Number(issue.id)], jqls: ['project = SUP', 'project = ENG'] });
  assert.deepEqual(result.matches.map((m) => m.matchedIssues), [[Number(issue.id)], []]);
});
