// The admin API calls every conformance test needs: a fresh universe, its settings, its journal.
const DTU_URL = (process.env.DTU_URL ?? '').replace(/\/+$/, '');
if (!DTU_URL) {
  throw new Error('Set DTU_URL to a running DTU server, e.g. DTU_URL=http://127.0.0.1:8080');
}

async function admin(method, path, body) {
  const res = await fetch(`${DTU_URL}/_dtu${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} /_dtu${path} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A new universe from the default company: { id, twins: { slack, okta, jira, google } }. */
export const createUniverse = (name) => admin('POST', '/universes', { name });

export const updateSettings = (id, settings) => admin('PUT', `/universes/${id}/settings`, settings);

/** Replaces a universe's fault rules (see FaultConfig in openapi/dtu-admin.yaml). */
export const setFaults = (id, rules) => admin('PUT', `/universes/${id}/faults`, rules);

/** The requests a universe received, in order (secrets redacted). */
export const journal = async (id) => (await admin('GET', `/universes/${id}/journal`)).entries;

/**
 * The Slack twin's admin routes of a universe: configure the app (`PUT /app`) and act as a person
 * (`POST /messages`, `POST /reactions` with `as`), which emits the events a real workspace would.
 */
export const slackAdmin = (id, method, path, body) => admin(method, `/universes/${id}/slack${path}`, body);

export const deleteUniverse = (id) => admin('DELETE', `/universes/${id}`);

export { DTU_URL };
