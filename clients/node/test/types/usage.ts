// What a TypeScript user of @dtu/client writes; types.test.js compiles it (tsc --noEmit, strict) against index.d.ts.
import { Dtu, withUniverse } from '../../index.js';
import type { JournalEntry, JournalFault, Parent, UniverseDescription } from '../../index.js';

const dtu = new Dtu();
const universe = await dtu.universe('default');

// Lineage: where a universe's state came from (GET /_dtu/universes/{id}).
const lineage = (d: UniverseDescription): string[] => {
  const from: Parent | undefined = d.forkedFrom ?? d.restoredFrom;
  return from === undefined ? [] : [from.universe, from.at, from.snapshot ?? '(a fork)'];
};
lineage(universe.description);
const restoredSnapshot: string | undefined = universe.description.restoredFrom?.snapshot;

// The journal's fault field separates what the faults injected from what the twin answered itself.
const entries: JournalEntry[] = await universe.journal({ twin: 'slack' });
const injected = entries.filter((e) => e.fault !== undefined && e.fault.action !== 'latency');
const delayedMs: number = entries.reduce((sum, e) => sum + (e.fault?.latencyMs ?? 0), 0);
const answeredByTwin: number[] = entries.filter((e) => e.fault === undefined).map((e) => e.status ?? 0);
const when: string | undefined = entries[0]?.at;

await withUniverse(async (u) => (await u.fork('child')).description.forkedFrom?.universe === u.id);

// @ts-expect-error a fault's action is one of the rules' actions
const unknownAction: JournalFault = { action: 'timeout' };
// @ts-expect-error a parent names the universe it came from
const orphan: Parent = { at: '2026-01-05T09:00:00Z' };
// @ts-expect-error latencyMs is a number
const textDelay: JournalFault = { action: 'latency', latencyMs: '20' };

export { restoredSnapshot, injected, delayedMs, answeredByTwin, when, unknownAction, orphan, textDelay };
