// jira.js (6.x, createCloudClient) against the Jira twin: issues, JQL search, transitions, ADF comments, errors.
// onSchemaMismatch 'throw' makes jira.js check every response against its schema of Jira's v3 API.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createCloudClient, isNotFoundError, isApiError, isAuthError } from 'jira.js';
import { createUniverse } from './dtu.js';

let jira;
let universe;

const connect = (auth) => createCloudClient({ host: universe.twins.jira.baseUrl, auth, onSchemaMismatch: 'throw' });
const adf = (text) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

before(async () => {
  universe = await createUniverse('node-jira');
  const { email, apiToken } = universe.twins.jira;
  jira = connect({ type: 'basic', email, apiToken });
});

test('myself is the API token owner', async () => {
  const me = await jira.myself.getCurrentUser();
  assert.equal(me.accountId, universe.twins.jira.accountId);
  assert.equal(me.emailAddress, universe.twins.jira.email);
  assert.equal(me.active, true);
});

test('createIssue then getIssue returns its fields', async () => {
  const created = await jira.issues.createIssue({
    fields: { project: { key: 'SUP' }, issuetype: { name: 'Bug' }, summary: 'Node client files a bug', description: adf('Steps to reproduce') },
  });
  assert.match(created.key, /^SUP-\d+$/);

  const issue = await jira.issues.getIssue({ issueIdOrKey: created.key });
  assert.equal(issue.id, created.id);
  assert.equal(issue.fields.summary, 'Node client files a bug');
  assert.equal(issue.fields.issuetype.name, 'Bug');
  assert.equal(issue.fields.status.name, 'To Do');
  assert.deepEqual(issue.fields.description, adf('Steps to reproduce'));
});

test('editIssue and assignIssue change what getIssue returns', async () => {
  await jira.issues.editIssue({ issueIdOrKey: 'SUP-2', fields: { summary: 'Reset 2FA for the admin', labels: ['node'] } });
  await jira.issues.assignIssue({ issueIdOrKey: 'SUP-2', accountId: universe.twins.jira.accountId });
  const issue = await jira.issues.getIssue({ issueIdOrKey: 'SUP-2', fields: ['summary', 'labels', 'assignee'] });
  assert.equal(issue.fields.summary, 'Reset 2FA for the admin');
  assert.deepEqual(issue.fields.labels, ['node']);
  assert.equal(issue.fields.assignee.accountId, universe.twins.jira.accountId);
});

test('enhanced JQL search pages with nextPageToken', async () => {
  const keys = [];
  let nextPageToken;
  let pages = 0;
  do {
    const page = await jira.issueSearch.searchAndReconsileIssuesUsingJql({
      jql: 'project = ENG ORDER BY key ASC', fields: ['summary', 'status'], maxResults: 1, nextPageToken,
    });
    pages += 1;
    assert.ok(page.issues.length <= 1);
    keys.push(...page.issues.map((i) => i.key));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken && pages < 10);
  assert.deepEqual(keys, ['ENG-1', 'ENG-2']);

  const bySummary = await jira.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql: 'text ~ "firmware"', fields: ['summary'] });
  assert.deepEqual(bySummary.issues.map((i) => i.key), ['ENG-2']);
  assert.equal(bySummary.issues[0].fields.summary, 'Firmware update stalls at 99 percent');
});

test('transitions move an issue through the workflow', async () => {
  const { key } = await jira.issues.createIssue({ fields: { project: { key: 'SUP' }, issuetype: { name: 'Bug' }, summary: 'to be done' } });
  const { transitions } = await jira.issues.getTransitions({ issueIdOrKey: key });
  const done = transitions.find((t) => t.name === 'Done');
  assert.ok(done, `transitions: ${transitions.map((t) => t.name)}`);

  await jira.issues.doTransition({ issueIdOrKey: key, transition: { id: done.id } });
  const issue = await jira.issues.getIssue({ issueIdOrKey: key, fields: ['status', 'resolution'] });
  assert.equal(issue.fields.status.name, 'Done');
  assert.equal(issue.fields.resolution.name, 'Done');

  // search/jql returns only ids unless fields are asked for
  const found = await jira.issueSearch.searchAndReconsileIssuesUsingJql({ jql: `key = ${key} AND statusCategory = Done` });
  assert.deepEqual(found.issues.map((i) => i.id), [issue.id]);
});

test('comments in ADF round-trip', async () => {
  const added = await jira.issueComments.addComment({ issueIdOrKey: 'SUP-1', body: adf('Looking into it from Node') });
  assert.deepEqual(added.body, adf('Looking into it from Node'));
  assert.equal(added.author.accountId, universe.twins.jira.accountId);

  const page = await jira.issueComments.getComments({ issueIdOrKey: 'SUP-1' });
  assert.equal(page.total, page.comments.length);
  assert.deepEqual(page.comments.at(-1).body, adf('Looking into it from Node'));
});

// jira.js 6 sends a string body (wiki markup) to Jira's v2 endpoint, then reads the comment back through v3.
test('a wiki-markup comment goes through /rest/api/2', async () => {
  const added = await jira.issueComments.addComment({ issueIdOrKey: 'SUP-1', body: 'plain text from Node' });
  assert.equal(added.body.content[0].content[0].text, 'plain text from Node');
});

test('errors surface as jira.js errors carrying errorMessages', async () => {
  await assert.rejects(jira.issues.getIssue({ issueIdOrKey: 'SUP-9999' }), (err) => {
    assert.ok(isNotFoundError(err));
    assert.equal(err.status, 404);
    assert.deepEqual(err.body.errorMessages, ['Issue does not exist or you do not have permission to see it.']);
    return true;
  });
  await assert.rejects(jira.issues.createIssue({ fields: { project: { key: 'NOPE' }, issuetype: { name: 'Bug' }, summary: 'x' } }), (err) => {
    assert.ok(isApiError(err));
    assert.equal(err.status, 400);
    assert.ok(err.body.errors.project, JSON.stringify(err.body));
    return true;
  });
  const stranger = connect({ type: 'basic', email: universe.twins.jira.email, apiToken: 'wrong' });
  await assert.rejects(stranger.myself.getCurrentUser(), (err) => isAuthError(err) && err.status === 401);
});
