// npm run bench: start-up and end-to-end cost of the built bin, as ratios to
// `node -e 0` measured in the same run (absolute times vary between machines;
// ratios much less), plus the size of the runtime dependency tree.
// Targets (DESIGN.md): new < 1.8x, --version < 1.3x, < 40 packages / 10 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist/bin.js');
const runs = Number(process.env.BENCH_RUNS ?? 25);
const scratch = mkdtempSync(path.join(tmpdir(), 'specwright-bench-'));

let repo = 0;
const freshRepo = () => {
  const dir = path.join(scratch, `r${repo++}`);
  execFileSync('git', ['init', '-q', dir]);
  return dir;
};

const NEW_ARGS = ['new', '--name', 'Dark mode', '--owner', 'Ada', '--requirement', 'Follows the OS theme', '--phase', 'Build: tokens; toggle', '--milestone', 'Beta@+2w', '--yes'];
const cases = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'specwright --version', args: [bin, '--version'], target: 1.3 },
  { name: 'specwright new --help', args: [bin, 'new', '--help'] },
  { name: 'specwright new --dry-run', args: [bin, ...NEW_ARGS, '--dry-run'], cwd: freshRepo },
  { name: 'specwright new (3 files)', args: [bin, ...NEW_ARGS], cwd: freshRepo, target: 1.8 },
  { name: 'plop --version (reference)', args: [path.join(root, 'node_modules/plop/bin/plop.js'), '--version'] },
];

const samples = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) {
  // Interleaved, so drift in machine load hits every case alike.
  for (const c of cases) {
    const cwd = c.cwd ? c.cwd() : scratch;
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, c.args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
    samples.get(c.name).push(ms);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = median(samples.get(cases[0].name));
console.log(`runs per case: ${runs} (median)\n`);
console.log('case                          median ms   x node -e 0   target');
for (const c of cases) {
  const m = median(samples.get(c.name));
  const ratio = m / baseline;
  const verdict = c.target ? `< ${c.target}x ${ratio < c.target ? 'ok' : 'MISSED'}` : '';
  console.log(`${c.name.padEnd(30)}${m.toFixed(1).padStart(9)}   ${ratio.toFixed(2).padStart(10)}   ${verdict}`);
}

// Runtime dependency tree: what `npx specwright` installs besides itself.
const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
  .trim().split('\n').filter((p) => p && path.resolve(p) !== path.resolve(root));
const bytes = (p) => {
  const info = statSync(p);
  if (!info.isDirectory()) return info.size;
  return readdirSync(p).reduce((sum, name) => (name === 'node_modules' ? sum : sum + bytes(path.join(p, name))), 0);
};
const total = listed.reduce((sum, p) => sum + bytes(p), 0);
console.log(`\nruntime dependencies: ${listed.length} packages, ${(total / 1e6).toFixed(1)} MB (target < 40 packages / 10 MB)`);
