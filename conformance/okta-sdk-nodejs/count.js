'use strict';
// Counts a run of run.sh: node count.js OUT_DIR CHECKOUT [BASELINE_RESULTS_TSV]
// With a baseline (an earlier run's results.tsv), a test the suite skips now but did not skip then counts as
// skipped-404 too: it skips on something the twin answers (a 400, a missing earlier step), so the total stays
// comparable between runs.
// passed       the test passed and every 404 the twin answered inside its window (beforeEach .. afterEach)
//              came from a route the twin serves (an unknown id: Okta answers the same E0000007)
// passed-404   the test passed but the twin answered 404 for a path it has no route for inside its window:
//              the test tolerated a missing endpoint, so it is not counted as a pass
// failed       the test failed, or a hook it depends on failed, or it never ran (its file stopped)
// skipped-404  the test skipped itself (this.skip()) after the twin answered 404 or 405 for a path it has no
//              route or method for (several of Okta's tests skip when an endpoint is missing): counted in the
//              total, not as a pass
// pending      skipped by the suite itself (it.skip, xit, this.skip() on the org's features): not counted
const fs = require('fs');
const path = require('path');

const [out, checkout, baseline] = process.argv.slice(2);
const skippedBefore = baseline ? new Set(fs.readFileSync(baseline, 'utf8').split('\n').map(l => l.split('\t'))
  .filter(c => c[2] === 'pending').map(c => c[0] + '\t' + c[1])) : null;
const rows = [];
let idMisses = 0;
for (const f of fs.readdirSync(out).filter(f => /^batch-.*\.jsonl$/.test(f))) {
  const name = f.slice('batch-'.length, -'.jsonl'.length);
  const read = f => fs.existsSync(path.join(out, f))
    ? JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).entries || [] : [];
  // 405s (a path served under other methods only) are saved by run.sh since the second version
  const journal = read(`journal-${name}.json`).concat(read(`journal405-${name}.json`));
  for (const line of fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean)) {
    const t = JSON.parse(line);
    const misses = journal.filter(e => e.atMs >= t.start && e.atMs <= t.end);
    const ran = t.state && t.state !== 'not run';
    let state = ran ? t.state : 'failed';
    const unrouted = misses.filter(e => e.operation === 'unknown' || e.status === 405);
    const file = path.relative(checkout, t.file || '');
    if (state === 'pending' && (unrouted.length || (skippedBefore && !skippedBefore.has(file + '\t' + t.title)))) {
      state = 'skipped-404';
    } else if (state === 'passed' && unrouted.length) {
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
  + `${count('failed')} failed, ${count('skipped-404')} skipped themselves on the twin's answer (a 404/405, or a step before that failed; not passes), `
  + `${count('pending')} skipped by the suite; `
  + `${idMisses} of the passes saw a 404 for an unknown id from a served route (as Okta answers)`);
const reasons = {};
rows.filter(r => r.state === 'failed').forEach(r => {
  const key = r.error.replace(/[0-9a-zA-Z]{20}/g, '{id}').replace(/\/api\/v1\/([^/ ?]+).*/, '/api/v1/$1/…').slice(0, 120);
  reasons[key] = (reasons[key] || 0) + 1;
});
console.log('most common failures:');
Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(`${String(v).padStart(4)}  ${k}`));
