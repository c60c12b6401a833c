// npm run bench: start-up and end-to-end cost of the built bin, as ratios to
// `node -e 0` measured in the same run (absolute times vary between machines;
// ratios much less), plus the size of the runtime dependency tree.
// Targets (DESIGN.md): new < 1.8x, --version < 1.3x, list and lint over 10,000 specs < 4x
// a script that only reads them, < 40 packages / 10 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist/bin.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 25);
const scratch = mkdtempSync(path.join(tmpdir(), 'specwright-bench-'));

let repo = 0;
const freshRepo = () => {
  const dir = path.join(scratch, `r${repo++}`);
  execFileSync('git', ['init', '-q', dir]);
  return dir;
};

// A repository with something to detect: a TypeScript + vitest package with a config and tests, so
// the cost of reading package.json, the framework's config and the test folders is in the figure.
const detectedRepo = () => {
  const dir = freshRepo();
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12', typescript: '5.9.3' } }));
  writeFileSync(path.join(dir, 'tsconfig.json'), '{ "extends": "./tsconfig.base.json" }\n');
  writeFileSync(path.join(dir, 'vitest.config.ts'), "export default { test: { include: ['test/**/*.test.ts'] } };\n");
  mkdirSync(path.join(dir, 'test'));
  mkdirSync(path.join(dir, 'src'));
  for (let i = 0; i < 20; i++) {
    writeFileSync(path.join(dir, 'test', `m${i}.test.ts`), '');
    writeFileSync(path.join(dir, 'src', `m${i}.ts`), '');
  }
  return dir;
};

// One repository with 300 local and 300 remote-tracking branches (refs packed, as after a clone):
// the number lookup reads them all (two git processes, whatever their number). Shared by every
// run of its case, which is a dry run so the repository stays as it is.
let branchy;
const branchyRepo = () => {
  if (branchy) return branchy;
  branchy = freshRepo();
  const git = (args, input) => execFileSync('git', args, { cwd: branchy, input, env: { ...process.env, GIT_AUTHOR_NAME: 'B', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'B', GIT_COMMITTER_EMAIL: 'b@x' } });
  mkdirSync(path.join(branchy, 'docs/specs'), { recursive: true });
  for (let i = 1; i <= 40; i++) writeFileSync(path.join(branchy, 'docs/specs', `${String(i).padStart(4, '0')}-s${i}.md`), `# s${i}\n`);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'specs']);
  const head = git(['rev-parse', 'HEAD']).toString().trim();
  const refs = Array.from({ length: 300 }, (_, i) => `create refs/heads/b${i} ${head}\ncreate refs/remotes/origin/b${i} ${head}\n`).join('');
  git(['update-ref', '--stdin'], refs);
  // As a clone or `git gc` leaves them: packed into one file.
  git(['pack-refs', '--all']);
  return branchy;
};

// A repository with history and a few branches, as most are: the branch lookup runs (one git process).
const historyRepo = () => {
  const dir = freshRepo();
  const git = (args) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'B', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'B', GIT_COMMITTER_EMAIL: 'b@x' } });
  mkdirSync(path.join(dir, 'docs/specs'), { recursive: true });
  writeFileSync(path.join(dir, 'docs/specs/0001-first.md'), '# first\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'first']);
  for (const branch of ['feature-a', 'feature-b', 'fix-c']) git(['branch', branch]);
  return dir;
};

const NEW_ARGS = ['new', '--name', 'Dark mode', '--owner', 'Ada', '--requirement', 'Follows the OS theme', '--phase', 'Build: tokens; toggle', '--milestone', 'Beta@+2w', '--yes'];
const cases = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'specwright --version', args: [bin, '--version'], target: 1.3 },
  { name: 'specwright new --help', args: [bin, 'new', '--help'] },
  { name: 'specwright new --dry-run', args: [bin, ...NEW_ARGS, '--dry-run'], cwd: freshRepo },
  { name: 'specwright new (3 files)', args: [bin, ...NEW_ARGS], cwd: freshRepo, target: 1.8 },
  { name: 'new, vitest + TS detected', args: [bin, ...NEW_ARGS], cwd: detectedRepo, target: 1.8 },
  { name: 'new, history + 3 branches', args: [bin, ...NEW_ARGS], cwd: historyRepo, target: 1.8 },
  { name: 'specwright config', args: [bin, 'config'], cwd: detectedRepo },
  { name: 'new --dry-run, 600 branches', args: [bin, ...NEW_ARGS, '--dry-run'], cwd: branchyRepo },
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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Scale (DESIGN.md): `list` and `lint` over 1,000 and 10,000 specs within 4x a plain script that only
// reads the same files. Each spec has its test stub and docs stub, as `specwright new` writes them (list
// reads the specs and the tests; lint reads all three).
const example = readFileSync(path.join(root, 'examples/dark-mode/docs/specs/0001-dark-mode.md'), 'utf8');
const stub = readFileSync(path.join(root, 'examples/dark-mode/tests/dark-mode.test.ts'), 'utf8');
const docs = readFileSync(path.join(root, 'examples/dark-mode/docs/features/dark-mode.md'), 'utf8');
const specsRepoOf = (count) => {
  const dir = freshRepo();
  for (const folder of ['docs/specs', 'docs/features', 'tests']) mkdirSync(path.join(dir, folder), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const id = `${String(i).padStart(4, '0')}-dark-mode-${i}`;
    const text = i % 3 === 0 ? example.replace('- [ ] Design review', '- [x] Design review').replace(/\n/g, '\r\n') : example.replace('Dark mode', `Dark mode ${i}`);
    writeFileSync(path.join(dir, 'docs/specs', `${id}.md`), text.replaceAll('dark-mode', `dark-mode-${i}`).replaceAll('0001-', `${id.slice(0, 5)}`));
    writeFileSync(path.join(dir, 'tests', `dark-mode-${i}.test.ts`), stub.replaceAll('0001-dark-mode', id).replaceAll('dark-mode.md', `dark-mode-${i}.md`));
    writeFileSync(path.join(dir, 'docs/features', `dark-mode-${i}.md`), docs.replaceAll('0001-dark-mode', id));
  }
  return dir;
};
// The same files the command reads, read and nothing else.
const plainReadOf = (dir, folders) =>
  `const fs = require('fs'); let n = 0; for (const sub of ${JSON.stringify(folders)}) { const dir = ${JSON.stringify(dir)} + '/' + sub; for (const name of fs.readdirSync(dir)) n += fs.readFileSync(dir + '/' + name, 'utf8').length; }`;
const scaleRuns = Math.max(5, Math.round(runs / 5));
const scaleSets = [1_000, 10_000].map((count) => {
  const cwd = specsRepoOf(count);
  const cases = [
    { name: `read specs + tests (plain)`, args: ['-e', plainReadOf(cwd, ['docs/specs', 'tests'])] },
    { name: `specwright list, ${count} specs`, args: [bin, 'list'], target: 4 },
    { name: `list --json, ${count} specs`, args: [bin, 'list', '--json'], target: 4 },
    { name: `read specs + tests + docs (plain)`, args: ['-e', plainReadOf(cwd, ['docs/specs', 'tests', 'docs/features'])] },
    { name: `specwright lint, ${count} specs`, args: [bin, 'lint'], target: 4, baseline: 3 },
  ];
  const found = new Map(cases.map((c) => [c.name, []]));
  for (let i = 0; i < scaleRuns; i++) {
    for (const c of cases) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, c.args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!(c.exitCodes ?? [0]).includes(result.status)) throw new Error(`${c.name} exited ${result.status}: ${result.stderr}`);
      found.get(c.name).push(ms);
    }
  }
  return { cases, samples: found };
});
rmSync(scratch, { recursive: true, force: true });
const baseline = median(samples.get(cases[0].name));
console.log(`runs per case: ${runs} (median)\n`);
console.log('case                          median ms   x node -e 0   target');
for (const c of cases) {
  const m = median(samples.get(c.name));
  const ratio = m / baseline;
  const verdict = c.target ? `< ${c.target}x ${ratio < c.target ? 'ok' : 'MISSED'}` : '';
  console.log(`${c.name.padEnd(30)}${m.toFixed(1).padStart(9)}   ${ratio.toFixed(2).padStart(10)}   ${verdict}`);
}

for (const { cases: scaleCases, samples: scaleSamples } of scaleSets) {
  console.log(`\nruns per case: ${scaleRuns} (median)\n`);
  console.log('case                             median ms   x plain read   target');
  for (const c of scaleCases) {
    const m = median(scaleSamples.get(c.name));
    // Each command against the plain read of its own files.
    const ratio = m / median(scaleSamples.get(scaleCases[c.baseline ?? 0].name));
    const verdict = c.target ? `< ${c.target}x ${ratio < c.target ? 'ok' : 'MISSED'}` : '';
    console.log(`${c.name.padEnd(33)}${m.toFixed(1).padStart(9)}   ${ratio.toFixed(2).padStart(11)}   ${verdict}`);
  }
}

// Runtime dependency tree: what `npx specwright` installs besides itself. The
// lock's entries that are not dev only; `npm ls --omit=dev` would also list
// optional peers (@types/node) that only the dev install brings.
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const listed = Object.entries(lock.packages)
  .filter(([key, entry]) => key !== '' && !entry.dev && !entry.devOptional)
  .map(([key]) => path.join(root, key));
const bytes = (p) => {
  const info = statSync(p);
  if (!info.isDirectory()) return info.size;
  return readdirSync(p).reduce((sum, name) => (name === 'node_modules' ? sum : sum + bytes(path.join(p, name))), 0);
};
const total = listed.reduce((sum, p) => sum + bytes(p), 0);
console.log(`\nruntime dependencies: ${listed.length} packages, ${(total / 1e6).toFixed(1)} MB (target < 40 packages / 10 MB)`);
