export class DtuError extends Error {
  readonly status: number;
  readonly body: string;
}

export interface SlackTwin { baseUrl: string; botToken: string; userToken: string; appToken?: string; signingSecret: string; teamId: string; botUserId: string; [more: string]: unknown }
export interface OktaTwin { orgUrl: string; apiToken: string; issuer: string; clientId: string; clientSecret: string; [more: string]: unknown }
export interface JiraTwin { baseUrl: string; email: string; apiToken: string; accountId: string; [more: string]: unknown }
export interface GoogleTwin { rootUrl: string; accessToken: string; [more: string]: unknown }

/** Where a universe's state came from; with each universe's snapshots they form the lineage tree. */
export interface Parent {
  /** The universe forked from, or the one the restored snapshot was taken of (it may since have been deleted). */
  universe: string;
  /** The snapshot restored (absent for a fork). */
  snapshot?: string;
  /** When the fork or restore was made (ISO 8601). */
  at: string;
}

export interface UniverseDescription {
  id: string;
  name: string;
  createdAt?: string;
  /** The universe this one was forked from (absent for a universe created from a seed). */
  forkedFrom?: Parent;
  /** The snapshot last restored into this universe (absent when none was, or after a reset). */
  restoredFrom?: Parent;
  twins: { slack: SlackTwin; okta: OktaTwin; jira: JiraTwin; google: GoogleTwin; [twin: string]: Record<string, unknown> };
}

export interface FaultRule {
  twin?: string;
  operation?: string;
  path?: string;
  method?: string;
  action: 'error' | 'latency' | 'drop' | 'rateLimit';
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  latency?: { distribution?: 'fixed' | 'uniform' | 'exponential' | 'normal'; ms?: number; minMs?: number; maxMs?: number; meanMs?: number; stddevMs?: number };
  retryAfterSeconds?: number;
  probability?: number;
  count?: number;
}

export interface JournalFilters { twin?: string; operation?: string; status?: number; after?: number; since?: string | number }
/** Present on a journal entry when one of the universe's fault rules met the request. */
export interface JournalFault {
  /** The rule that answered instead of the twin, or latency when the request was only delayed. */
  action: 'error' | 'drop' | 'rateLimit' | 'latency';
  /** The delay the latency rules added (universe time). */
  latencyMs?: number;
}

/** Present when a body was stored cut short (or left out): the whole body's size and digest. */
export interface BodyCut { bytes?: number; sha256?: string }

export interface JournalEntry {
  seq: number;
  at?: string;
  atMs?: number;
  type: 'request' | 'delivery';
  twin?: string;
  operation?: string;
  method?: string;
  path?: string;
  query?: string;
  /** 0 when the connection was dropped or the app did not answer. */
  status?: number;
  durationMs?: number;
  requestHeaders?: Record<string, string>;
  requestBody?: unknown;
  requestBodyCut?: BodyCut;
  responseBody?: unknown;
  responseBodyCut?: BodyCut;
  fault?: JournalFault;
  [more: string]: unknown;
}

export class Dtu {
  constructor(url?: string);
  readonly url: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  createUniverse(options?: { name?: string; seed?: unknown }): Promise<Universe>;
  universe(idOrName: string): Promise<Universe>;
  universes(): Promise<Universe[]>;
}

export class Universe {
  readonly dtu: Dtu;
  description: UniverseDescription;
  readonly id: string;
  readonly name: string;
  readonly twins: UniverseDescription['twins'];
  readonly slack: SlackTwin;
  readonly okta: OktaTwin;
  readonly jira: JiraTwin;
  readonly google: GoogleTwin;
  state(): Promise<Record<string, Record<string, Record<string, unknown>>>>;
  secrets(): Promise<Record<string, unknown>>;
  journal(filters?: JournalFilters): Promise<JournalEntry[]>;
  faults(rules: FaultRule[] | { seed?: number; rules: FaultRule[] }): Promise<unknown>;
  clearFaults(): Promise<void>;
  updateSettings(settings: Record<string, unknown>): Promise<Record<string, unknown>>;
  settings(): Promise<Record<string, unknown>>;
  snapshot(): Promise<string>;
  restore(snapshot: string): Promise<unknown>;
  reset(): Promise<Universe>;
  fork(name?: string): Promise<Universe>;
  act<T = unknown>(twin: string, method: string, path: string, body?: unknown): Promise<T>;
  delete(): Promise<void>;
}

export function withUniverse<T>(
  fn: (universe: Universe) => Promise<T> | T,
  options?: { name?: string; seed?: unknown; url?: string; from?: string | Universe },
): Promise<T>;
