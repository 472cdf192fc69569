// A vitest reporter (passed with --reporter): appends each test's outcome and the moments it ran, one JSON line per
// test as it finishes, to $DTU_TIMINGS (so an interrupted run still counts what ran). count-404.mjs sets them against
// the universe's journal.
import { appendFileSync } from 'node:fs';

export default class TimingsReporter {
  onTestCaseResult(test) {
    const d = test.diagnostic();
    appendFileSync(process.env.DTU_TIMINGS, JSON.stringify({
      file: test.module.moduleId.replace(/^.*\/tests\/live\//, ''),
      name: test.fullName,
      state: test.result().state,
      start: d?.startTime ?? null,
      end: d ? d.startTime + d.duration : null,
    }) + '\n');
  }
}
