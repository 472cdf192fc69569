// The admin API calls the conformance tests need, through the DTU Node client (clients/node).
import { Dtu, Universe } from '@dtu/client';

const dtu = new Dtu(process.env.DTU_URL);
const at = (id) => new Universe(dtu, { id });

export const DTU_URL = dtu.url;

/** A new universe from the default company: a Universe ({ id, twins: { slack, okta, jira, google } } and its operations). */
export const createUniverse = (name) => dtu.createUniverse({ name });

export const updateSettings = (id, settings) => at(id).updateSettings(settings);

/** Replaces a universe's fault rules (see FaultConfig in openapi/dtu-admin.yaml). */
export const setFaults = (id, rules) => at(id).faults(rules);

/** The requests a universe received, in order (secrets redacted). */
export const journal = (id) => at(id).journal();

/**
 * The Slack twin's admin routes of a universe: configure the app (`PUT /app`) and act as a person
 * (`POST /messages`, `POST /reactions` with `as`), which emits the events a real workspace would.
 */
export const slackAdmin = (id, method, path, body) => at(id).act('slack', method, path, body);

export const deleteUniverse = (id) => at(id).delete();
