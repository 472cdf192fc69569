'use strict';
// Counts a run of run.sh: node count.js OUT_DIR CHECKOUT
// passed       the test passed and every 404 the twin answered inside its window (beforeEach .. afterEach)
//              came from a route the twin serves (an unknown id: Okta answers the same E0000007)
// passed-404   the test passed but the twin answered 404 for a path it has no route for inside its window:
//              the test tolerated a missing endpoint, so it is not counted as a pass
// failed       the test failed, or a hook it depends on failed, or it never ran (its file stopped)
// pending      skipped by the suite itself (it.skip, xit, this.skip()): not counted in the total
const fs = require('fs');
const path = require('path');

const [out, checkout] = process.argv.slice(2);
const rows = [];
let idMisses = 0;
for (const f of fs.readdirSync(out).filter(f => /^batch-.*\.jsonl$/.test(f))) {
  const name = f.slice('batch-'.length, -'.jsonl'.length);
  const journal = JSON.parse(fs.readFileSync(path.join(out, `journal-${name}.json`), 'utf8')).entries || [];
  for (const line of fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean)) {
    const t = JSON.parse(line);
    const misses = journal.filter(e => e.atMs >= t.start && e.atMs <= t.end);
    const ran = t.state && t.state !== 'not run';
    let state = ran ? t.state : 'failed';
    const unrouted = misses.filter(e => e.operation === 'unknown');
    if (state === 'passed' && unrouted.length) {
      state = 'passed-404';
    } else if (state === 'passed' && misses.length) {
      idMisses++;
    }
    rows.push({
      file: path.relative(checkout, t.file || ''), title: t.title, state,
      error: t.error || (ran ? '' : 'never ran (a hook failed or the time bound ended it)'),
      misses: [...new Set(misses.map(e => `${e.method} ${e.path}`))].join(' ; '),
    });
  }
}
rows.sort((a, b) => (a.file + a.title).localeCompare(b.file + b.title));
const tsv = ['file\ttitle\tstate\terror\t404s'].concat(rows.map(r =>
  [r.file, r.title, r.state, r.error, r.misses].map(v => String(v).replace(/[\t\n]/g, ' ')).join('\t')));
fs.writeFileSync(path.join(out, 'results.tsv'), tsv.join('\n') + '\n');

const count = s => rows.filter(r => r.state === s).length;
const total = rows.length - count('pending');
const passed = count('passed');
console.log(`okta-sdk-nodejs test/it: ${passed}/${total} passed (${(100 * passed / Math.max(total, 1)).toFixed(1)}%), `
  + `${count('passed-404')} more passed only because a 404 was tolerated (not counted), `
  + `${count('failed')} failed, ${count('pending')} skipped by the suite; `
  + `${idMisses} of the passes saw a 404 for an unknown id from a served route (as Okta answers)`);
const reasons = {};
rows.filter(r => r.state === 'failed').forEach(r => {
  const key = r.error.replace(/[0-9a-zA-Z]{20}/g, '{id}').replace(/\/api\/v1\/([^/ ?]+).*/, '/api/v1/$1/…').slice(0, 120);
  reasons[key] = (reasons[key] || 0) + 1;
});
console.log('most common failures:');
Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(`${String(v).padStart(4)}  ${k}`));
