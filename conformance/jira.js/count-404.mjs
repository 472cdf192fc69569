// Counts jira.js's live tests against what the universe answered: a test that passed while the twin answered 404
// to a route it does not serve (journal operation "unknown") passed only because the suite tolerated that 404.
// Usage: node count-404.mjs TIMINGS.jsonl  (DTU_URL and UNIVERSE set)
import { readFileSync } from 'node:fs';

const [timingsFile] = process.argv.slice(2);
const dtu = process.env.DTU_URL.replace(/\/+$/, '');
const tests = readFileSync(timingsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const res = await fetch(`${dtu}/_dtu/universes/${process.env.UNIVERSE}/journal?twin=jira&status=404&operation=unknown`);
const unserved = (await res.json()).entries.map((e) => ({ at: e.atMs, what: `${e.method} ${e.path}` }));

const during = (t) => unserved.filter((e) => t.start != null && e.at >= t.start && e.at <= t.end);
const count = (state) => tests.filter((t) => t.state === state).length;
const tolerated = tests.filter((t) => t.state === 'passed' && during(t).length > 0);
const byFile = {};
for (const t of tests) {
  const f = (byFile[t.file] ??= { passed: 0, tolerated: 0, failed: 0, skipped: 0 });
  if (t.state === 'passed') f.passed += 1;
  else if (t.state === 'failed') f.failed += 1;
  else f.skipped += 1;
}
for (const t of tolerated) byFile[t.file].tolerated += 1;

console.log('file\tpassed\tonly-404\tfailed\tskipped');
for (const [file, f] of Object.entries(byFile).sort()) {
  console.log(`${file}\t${f.passed}\t${f.tolerated}\t${f.failed}\t${f.skipped}`);
}
const passed = count('passed');
console.log(`\ntotal ${tests.length}: passed ${passed} (of which ${tolerated.length} only because an unserved route's`
  + ` 404 was tolerated; real passes ${passed - tolerated.length}), failed ${count('failed')},`
  + ` skipped ${tests.length - passed - count('failed')}`);
if (process.env.VERBOSE) {
  for (const t of tolerated) console.log(`  404-only: ${t.file} > ${t.name}: ${during(t).map((e) => e.what).join(', ')}`);
}
