// The DTU admin API for Node tests and tools: no dependencies, global fetch (node >= 20).

/** An answer of the admin API other than 2xx. */
export class DtuError extends Error {
  constructor(request, status, body) {
    super(`${request} answered ${status}: ${body}`);
    this.name = 'DtuError';
    this.status = status;
    this.body = body;
  }
}

const trim = (url) => String(url).replace(/\/+$/, '');
const encode = (s) => encodeURIComponent(s);

/** A running DTU server: its universes. */
export class Dtu {
  /** @param {string} [url] the server's root URL; default DTU_URL */
  constructor(url = process.env.DTU_URL) {
    if (!url) throw new Error('No DTU server: pass its URL or set DTU_URL, e.g. DTU_URL=http://127.0.0.1:8080');
    this.url = trim(url);
  }

  /** Any method on any path of the server (from its root); the parsed JSON answer, or undefined when empty. */
  async call(method, path, body) {
    const res = await fetch(this.url + path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new DtuError(`${method} ${path}`, res.status, text);
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }

  /** A new universe: the default company, or `seed` (see seed.schema.json). */
  async createUniverse({ name, seed } = {}) {
    const body = {};
    if (name !== undefined) body.name = name;
    if (seed !== undefined) body.seed = seed;
    return new Universe(this, await this.call('POST', '/_dtu/universes', body));
  }

  /** An existing universe, by id or unambiguous name. */
  async universe(idOrName) {
    return new Universe(this, await this.call('GET', `/_dtu/universes/${encode(idOrName)}`));
  }

  async universes() {
    const { universes } = await this.call('GET', '/_dtu/universes');
    return universes.map((u) => new Universe(this, u));
  }
}

/** One universe: where each twin is, its credentials, and the admin operations on it. */
export class Universe {
  constructor(dtu, description) {
    this.dtu = dtu;
    this.description = description;
  }

  get id() { return this.description.id; }
  get name() { return this.description.name; }
  get twins() { return this.description.twins; }
  /** { baseUrl, botToken, userToken, appToken, signingSecret, teamId, botUserId, … } */
  get slack() { return this.twins.slack; }
  /** { orgUrl, apiToken, issuer, clientId, clientSecret, … } */
  get okta() { return this.twins.okta; }
  /** { baseUrl, email, apiToken, accountId, … } */
  get jira() { return this.twins.jira; }
  /** { rootUrl, accessToken, … } */
  get google() { return this.twins.google; }

  #path(rest = '') {
    return `/_dtu/universes/${encode(this.id)}${rest}`;
  }

  /** Every twin's state, keyed by twin, entity kind, id (what scenario judges read). */
  state() { return this.dtu.call('GET', this.#path('/state')); }

  /** The secret entities /state leaves out (private keys, client secrets, password hashes). */
  secrets() { return this.dtu.call('GET', this.#path('/secrets')); }

  /** Requests and deliveries in order; filters: { twin, operation, status, after, since }. */
  async journal(filters = {}) {
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    const q = query.toString();
    return (await this.dtu.call('GET', this.#path(`/journal${q ? `?${q}` : ''}`))).entries;
  }

  /** Replace the fault rules: an array of rules or { seed, rules }. */
  faults(rules) { return this.dtu.call('PUT', this.#path('/faults'), rules); }

  clearFaults() { return this.dtu.call('DELETE', this.#path('/faults')); }

  /** Change some settings; the others keep their value. */
  updateSettings(settings) { return this.dtu.call('PUT', this.#path('/settings'), settings); }

  settings() { return this.dtu.call('GET', this.#path('/settings')); }

  /** Capture the state; the id restore() takes. */
  async snapshot() { return (await this.dtu.call('POST', this.#path('/snapshots'))).snapshot; }

  restore(snapshot) { return this.dtu.call('POST', this.#path('/restore'), { snapshot }); }

  /** Back to the seeded state; journal and faults cleared. */
  async reset() {
    this.description = await this.dtu.call('POST', this.#path('/reset'));
    return this;
  }

  /** A new universe with a copy of this one's state (new id, new credentials). */
  async fork(name) {
    return new Universe(this.dtu, await this.dtu.call('POST', this.#path('/fork'), name === undefined ? {} : { name }));
  }

  /**
   * Act as a person in a twin: METHOD /_dtu/universes/{id}/{twin}/{path}, e.g.
   * act('slack', 'POST', '/as/grace/chat.postMessage', { channel, text }).
   */
  act(twin, method, path, body) {
    return this.dtu.call(method, this.#path(`/${twin}${path.startsWith('/') ? path : `/${path}`}`), body);
  }

  delete() { return this.dtu.call('DELETE', this.#path()); }
}

/**
 * Runs `fn` with a fresh universe and deletes it afterwards, whatever `fn` did. Works in any test runner:
 * test('…', () => withUniverse(async (u) => { … })).
 * Options: { name, seed, url, from } — `from` forks that universe (id, name or Universe) instead of creating one.
 */
export async function withUniverse(fn, { name, seed, url, from } = {}) {
  const dtu = new Dtu(url);
  const universe = from
    ? await (from instanceof Universe ? from : await dtu.universe(from)).fork(name)
    : await dtu.createUniverse({ name, seed });
  try {
    return await fn(universe);
  } finally {
    await universe.delete().catch((e) => {
      if (!(e instanceof DtuError && e.status === 404)) throw e;
    });
  }
}
