// npm test's first step: the real test frameworks that the generated stubs are
// run in (tests/fixtures/toolchains, pinned by its own lock) are installed
// when they are missing or not at their pinned versions, so `npm ci && npm
// test` works on a fresh machine. Already installed: nothing is done.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tests/fixtures/toolchains/', import.meta.url));
const pinned = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).devDependencies;
const installed = Object.entries(pinned).every(([name, version]) => {
  const manifest = path.join(dir, 'node_modules', name, 'package.json');
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
});
if (!installed) {
  console.log('installing the test frameworks the stubs are run in (tests/fixtures/toolchains)');
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
