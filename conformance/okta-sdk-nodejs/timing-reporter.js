'use strict';
// A mocha reporter that writes one JSON line per test of the file it runs: its title, state and the wall-clock
// window it ran in, so count.js can find the twin's 404s inside each test's window in the universe's journal.
// Tests that never ran (a before hook failed, or the file stopped) are written with state "not run".
const fs = require('fs');
// mocha is the checkout's own (the reporter lives outside it)
const Mocha = require(require.resolve('mocha', { paths: [process.cwd()] }));

const { EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_TEST_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING,
  EVENT_HOOK_BEGIN, EVENT_HOOK_END } = Mocha.Runner.constants;

function allTests(suite, out = []) {
  suite.tests.forEach(t => out.push(t));
  suite.suites.forEach(s => allTests(s, out));
  return out;
}

class TimingReporter extends Mocha.reporters.Base {
  constructor(runner, options) {
    super(runner, options);
    const file = (options.reporterOptions && options.reporterOptions.output) || process.env.DTU_TIMING_OUT;
    const seen = new Map();
    let hookStart = null;
    const record = (test, state, err) => {
      const entry = seen.get(test) || { title: test.fullTitle(), file: test.file, start: Date.now() };
      entry.state = state;
      entry.end = Date.now();
      if (err) {
        entry.error = String(err.message || err).split('\n')[0].slice(0, 300);
      }
      seen.set(test, entry);
    };
    runner.on(EVENT_HOOK_BEGIN, () => { hookStart = Date.now(); });
    let lastTest = null;
    runner.on(EVENT_HOOK_END, hook => {
      hookStart = null;
      // the window ends after the afterEach hooks of the test (cleanups call the API too)
      if (lastTest && hook.title.includes('"after each"')) {
        seen.get(lastTest).end = Date.now();
      }
    });
    runner.on(EVENT_TEST_BEGIN, test => {
      // the window starts with the beforeEach hooks that ran for this test
      seen.set(test, { title: test.fullTitle(), file: test.file, start: hookStart || Date.now() });
      lastTest = test;
    });
    runner.on(EVENT_TEST_PASS, test => record(test, 'passed'));
    runner.on(EVENT_TEST_PENDING, test => record(test, 'pending'));
    runner.on(EVENT_TEST_FAIL, (test, err) => {
      if (test.type === 'hook') {
        const where = test.parent;
        allTests(where).filter(t => !seen.has(t) || !seen.get(t).state).forEach(t => {
          seen.set(t, { title: t.fullTitle(), file: t.file, start: Date.now(), end: Date.now(), state: 'failed',
            error: 'hook failed: ' + String(err.message || err).split('\n')[0].slice(0, 250) });
        });
      } else {
        record(test, 'failed', err);
      }
    });
    runner.once(EVENT_RUN_END, () => {
      const lines = allTests(runner.suite).map(t => seen.get(t)
        || { title: t.fullTitle(), file: t.file, start: 0, end: 0, state: 'not run' });
      fs.appendFileSync(file, lines.map(l => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : ''));
    });
    runner.once(EVENT_RUN_BEGIN, () => {});
  }
}

module.exports = TimingReporter;
