// index.d.ts against a TypeScript user's code (test/types/usage.ts): tsc --noEmit in strict mode, so a missing or
// too loose type (lineage, the journal's fault) fails here. TypeScript is the package's one dev dependency
// (npm ci --prefix clients/node); without it the test is skipped, except on CI (CI=true), which installs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const tsc = here('../node_modules/typescript/bin/tsc');
const missing = !existsSync(tsc) && process.env.CI !== 'true';

test('index.d.ts compiles a TypeScript user\'s code (lineage, journal faults)', { skip: missing && 'TypeScript is not installed: npm ci --prefix clients/node' }, () => {
  try {
    execFileSync(process.execPath, [tsc, '-p', here('types/tsconfig.json')], { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc --noEmit found type errors:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
});
