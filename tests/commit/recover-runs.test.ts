import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { commitFiles } from '../../src/commit/commit-files.js';
import { contentHash } from '../../src/commit/content-hash.js';
import { preflight } from '../../src/commit/preflight.js';
import { processStartTime } from '../../src/commit/process-identity.js';
import { recoverInterruptedRuns } from '../../src/commit/recover-runs.js';
import { holdRunLock } from '../../src/commit/run-lock.js';
import { nativeWriterFs, type WriterFs } from '../../src/commit/writer-fs.js';
import { PLANNED_FILES } from '../helpers/planned-files.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';
import { FOLDERS_BEFORE_CONFIG } from '../../src/commit/journal.js';

let real: WriterFs;
beforeAll(async () => {
  real = await nativeWriterFs();
});
afterAll(removeTempDirs);

const FILES = PLANNED_FILES;
/** A pid that is certainly not running: above the kernel's pid_max default range. */
const DEAD_PID = 4000000;
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
/** Recovery by a run with the default configuration. */
const DEFAULT_PLACES = { content: FOLDERS_BEFORE_CONFIG, templates: '.specwright/templates', packages: ['.'] };
const recover = (root: string, journalDir = root): Promise<string[]> => recoverInterruptedRuns(real, root, journalDir, DEFAULT_PLACES);
const isRoot = process.geteuid?.() === 0;

/**
 * Leaves the tree as a SIGKILL would after `links` files were linked: the
 * commit stops there and nothing is rolled back. Its dot-files and journal
 * are then given a dead pid, as the killed process's would have. (The e2e
 * write-fault tests kill a real process; this one reaches every step.)
 */
async function killedMidCommit(root: string, links: number, force = false): Promise<void> {
  let linked = 0;
  const killed = Object.assign(new Error('SIGKILL'), { code: 'KILLED' });
  const dying: WriterFs = {
    ...real,
    link: async (from, to) => {
      if (linked === links) throw killed;
      await real.link(from, to);
      if (!path.basename(to).includes('.specwright-')) linked += 1;
    },
    rename: async (from, to) => {
      if (from.endsWith('.journal.tmp')) return real.rename(from, to);
      if (linked === links) throw killed;
      await real.rename(from, to);
      linked += 1;
    },
    // A killed process undoes nothing.
    unlink: async () => {},
    rmdir: async () => {},
  };
  const writes = await preflight(real, root, FILES, force);
  await commitFiles(dying, writes, { root, journalDir: root, folders: FOLDERS_BEFORE_CONFIG, pendingSignal: () => undefined }).catch(() => undefined);
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    if (!name.includes(`.specwright-${process.pid}-`)) continue;
    const from = path.join(root, name);
    const to = path.join(root, name.replace(`.specwright-${process.pid}-`, `.specwright-${DEAD_PID}-`));
    renameSync(from, to);
    if (to.endsWith('.journal')) {
      const data = JSON.parse(readFileSync(to, 'utf8'));
      writeFileSync(to, JSON.stringify({ ...data, pid: DEAD_PID }));
    }
  }
}

function journal(files: { path: string; text: string; replaces?: boolean }[], extra: object = {}): string {
  return JSON.stringify({
    specwright: 1,
    pid: DEAD_PID,
    started: null,
    files: files.map((f) => ({ path: f.path, hash: contentHash(f.text), replaces: f.replaces ?? false })),
    dirs: [],
    ...extra,
  });
}

describe('recoverInterruptedRuns', () => {
  test.each([[0], [1], [2]])('undoes a run killed after %i of 3 files: the tree is exactly as before', async (links) => {
    const root = tempDir();
    writeFileSync(path.join(root, 'README.md'), 'keep\n');
    const before = treeSnapshot(root);
    await killedMidCommit(root, links);
    expect(treeSnapshot(root)).not.toEqual(before);
    const reports = await recover(root);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(new RegExp(`^(Rolled back|Cleared the journal of) a run that was killed mid-write \\(pid ${DEAD_PID}\\)`));
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a --force run killed after replacing a file gets the original back', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'the original\n');
    const before = treeSnapshot(root);
    await killedMidCommit(root, 2, true);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('spec\n');
    const [report] = await recover(root);
    expect(report).toContain('restored docs/specs/0001-x.md');
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a --force run with identical contents killed after its backup link leaves no backup behind', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    const spec = path.join(root, 'docs/specs/0001-x.md');
    writeFileSync(spec, 'spec\n');
    // Killed between link(target, backup) and rename(temp, target): two names of one inode, same bytes as planned.
    const backup = path.join(root, `docs/specs/.0001-x.md.specwright-${DEAD_PID}-0a1b2c3d.bak`);
    linkSync(spec, backup);
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), journal([{ path: 'docs/specs/0001-x.md', text: 'spec\n', replaces: true }]));
    const reports = await recover(root);
    expect(reports).toEqual([`Cleared the journal of a run that was killed mid-write (pid ${DEAD_PID}); none of its files remained.`]);
    expect(existsSync(backup)).toBe(false);
    expect(readFileSync(spec, 'utf8')).toBe('spec\n');
    expect(readdirSync(root)).toEqual(['docs']);
  });

  test('a journal written by 0.1.0 (SHA-256, no version, the pid in its name only) is still undone', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'stub\n');
    linkSync(path.join(root, 'tests/x.test.ts'), path.join(root, `tests/.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.tmp`));
    const legacy = { files: [{ path: 'tests/x.test.ts', sha256: sha('stub\n'), replaces: false }], dirs: ['tests'] };
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), JSON.stringify(legacy, null, 2));
    expect(await recover(root)).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): removed tests/x.test.ts, removed tests/.`]);
    expect(readdirSync(root)).toEqual([]);
  });

  test('a --force run killed after its rename is put back only while the target is still its replacement (its second name)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
    const spec = path.join(root, 'docs/specs/0001-x.md');
    const id = `${DEAD_PID}-0a1b2c3d`;
    const backup = path.join(root, `docs/specs/.0001-x.md.specwright-${id}.bak`);
    const placed = path.join(root, `docs/specs/.0001-x.md.specwright-${id}.new`);
    writeFileSync(path.join(root, `.specwright-${id}.journal`), journal([{ path: 'docs/specs/0001-x.md', text: 'spec\n', replaces: true }]));
    writeFileSync(backup, 'the original\n');
    // A rerun put the same bytes in place since: a file of its own, not the dead run's replacement.
    writeFileSync(placed, 'spec\n');
    writeFileSync(spec, 'spec\n');
    await recover(root);
    expect(readFileSync(spec, 'utf8')).toBe('spec\n');
    expect(existsSync(placed)).toBe(false);

    // The dead run's own replacement (one file with its second name) is put back.
    const again = tempDir();
    mkdirSync(path.join(again, 'docs/specs'), { recursive: true });
    const spec2 = path.join(again, 'docs/specs/0001-x.md');
    writeFileSync(path.join(again, `.specwright-${id}.journal`), journal([{ path: 'docs/specs/0001-x.md', text: 'spec\n', replaces: true }]));
    writeFileSync(path.join(again, `docs/specs/.0001-x.md.specwright-${id}.bak`), 'the original\n');
    writeFileSync(spec2, 'spec\n');
    linkSync(spec2, path.join(again, `docs/specs/.0001-x.md.specwright-${id}.new`));
    expect(await recover(again)).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): restored docs/specs/0001-x.md.`]);
    expect(readFileSync(spec2, 'utf8')).toBe('the original\n');
    expect(readdirSync(path.join(again, 'docs/specs'))).toEqual(['0001-x.md']);
  });

  test('a recovering run killed mid-undo (its claimed .undo journal left) is finished by the next: the proofs outlive the targets', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'README.md'), 'keep\n');
    const before = treeSnapshot(root);
    await killedMidCommit(root, 3);
    // The first recovering run dies right after its first removal, whatever that removal was.
    let removals = 0;
    const killed = Object.assign(new Error('SIGKILL'), { code: 'KILLED' });
    const dying: WriterFs = {
      ...real,
      unlink: async (p) => {
        if (removals++ > 0) throw killed;
        return real.unlink(p);
      },
      rmdir: async () => {
        throw killed;
      },
    };
    await recoverInterruptedRuns(dying, root, root, DEFAULT_PLACES).catch(() => undefined);
    expect(readdirSync(root).filter((n) => n.includes('.journal.undo-'))).toHaveLength(1);
    const reports = await recover(root);
    expect(reports).toEqual([expect.stringMatching(/^Rolled back a run that was killed mid-write/)]);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a journal claimed by a live recovering run is not touched, and this run waits until that run is done', async () => {
    const root = tempDir();
    const claimer = '77-9a1b2c3d';
    const lock = await holdRunLock(path.join(root, `.specwright-${claimer}.lock`));
    const claimFile = path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal.undo-${claimer}`);
    const text = journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]);
    writeFileSync(claimFile, text);
    let finished = false;
    const recovering = recover(root).then((reports) => {
      finished = true;
      return reports;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(finished).toBe(false);
    expect(readFileSync(claimFile, 'utf8')).toBe(text);
    // The other run finishes its undo.
    rmSync(claimFile);
    await lock!.release();
    await expect(recovering).resolves.toEqual([]);
  });

  test('a file edited since the killed run is kept, and so is its folder', async () => {
    const root = tempDir();
    await killedMidCommit(root, 1);
    writeFileSync(path.join(root, 'docs/specs/0001-x.md'), 'my edits\n');
    await recover(root);
    expect(readFileSync(path.join(root, 'docs/specs/0001-x.md'), 'utf8')).toBe('my edits\n');
  });

  test('a run that holds its lock is live, whatever its pid says', async () => {
    const root = tempDir();
    const id = `${DEAD_PID}-0a1b2c3d`;
    const lock = await holdRunLock(path.join(root, `.specwright-${id}.lock`));
    expect(lock).toBeDefined();
    writeFileSync(path.join(root, `.specwright-${id}.journal`), journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]));
    try {
      await expect(recover(root)).resolves.toEqual([]);
      expect(readdirSync(root).sort()).toEqual([`.specwright-${id}.journal`, `.specwright-${id}.lock`]);
    } finally {
      await lock!.release();
    }
  });

  test('a lock nobody listens on is a dead run, even when its pid is alive (pid reuse, another container)', async () => {
    const root = tempDir();
    const id = `${process.ppid}-0a1b2c3d`;
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'stub\n');
    // Linked: the run's temp and its target are one file until the commit point.
    linkSync(path.join(root, 'tests/x.test.ts'), path.join(root, `tests/.x.test.ts.specwright-${id}.tmp`));
    // What a SIGKILLed run leaves: a socket file that refuses connections (a plain file refuses them too).
    writeFileSync(path.join(root, `.specwright-${id}.lock`), '');
    writeFileSync(path.join(root, `.specwright-${id}.journal`), journal([{ path: 'tests/x.test.ts', text: 'stub\n' }], { pid: process.ppid }));
    expect(await recover(root)).toEqual([`Rolled back a run that was killed mid-write (pid ${process.ppid}): removed tests/x.test.ts.`]);
    expect(readdirSync(root)).toEqual(['tests']);
    expect(readdirSync(path.join(root, 'tests'))).toEqual([]);
  });

  test('the same bytes written since by another run are not the killed run\'s: they stay', async () => {
    const root = tempDir();
    const id = `${DEAD_PID}-0a1b2c3d`;
    mkdirSync(path.join(root, 'tests'));
    // The killed run stopped after its temp; a rerun then created the same file, with the same bytes.
    writeFileSync(path.join(root, `tests/.x.test.ts.specwright-${id}.tmp`), 'stub\n');
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'stub\n');
    writeFileSync(path.join(root, `.specwright-${id}.journal`), journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]));
    await recover(root);
    expect(readFileSync(path.join(root, 'tests/x.test.ts'), 'utf8')).toBe('stub\n');
    expect(readdirSync(path.join(root, 'tests'))).toEqual(['x.test.ts']);
  });

  const withProc = processStartTime(process.pid) !== undefined ? test : test.skip;
  withProc('without a lock, a live pid counts only with the start time it had; our own pid never does', async () => {
    const root = tempDir();
    const live = `${process.ppid}-0a1b2c3d`;
    const reused = `${process.ppid}-1a1b2c3d`;
    const own = `${process.pid}-2a1b2c3d`;
    const entry = [{ path: 'tests/x.test.ts', text: 'nothing here\n' }];
    writeFileSync(path.join(root, `.specwright-${live}.journal`), journal(entry, { pid: process.ppid, started: processStartTime(process.ppid) }));
    writeFileSync(path.join(root, `.specwright-${reused}.journal`), journal(entry, { pid: process.ppid, started: '1' }));
    writeFileSync(path.join(root, `.specwright-${own}.journal`), journal(entry, { pid: process.pid, started: processStartTime(process.pid) }));
    const reports = await recover(root);
    expect(reports).toHaveLength(2);
    expect(readdirSync(root)).toEqual([`.specwright-${live}.journal`]);
  });

  test('a journal that is not valid is set aside and reported once, with the command that clears it; nothing is touched', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'README.md'), 'keep\n');
    const name = `.specwright-${DEAD_PID}-0a1b2c3d.journal`;
    writeFileSync(path.join(root, name), '{"files":[null],"dirs":[]}');
    const first = await recover(root);
    expect(first).toEqual([
      `warning: ${name} is not a valid specwright journal (files[0] does not name a file specwright writes); nothing was undone from it. ` +
        `It is now ${name}.invalid. If a killed run left files behind, remove them; then clear it: rm '${path.join(root, name)}.invalid'`,
    ]);
    expect(readdirSync(root).sort()).toEqual([`${name}.invalid`, 'README.md']);
    await expect(recover(root)).resolves.toEqual([]);
  });

  test.each([
    ['cut short', '{"files": [{"pa', 'it is not valid JSON'],
    ['empty', '', 'it is empty'],
    ['of another version', JSON.stringify({ specwright: 3, files: [] }), 'it has version 3'],
    ['naming a path outside the writer\'s folders', journal([{ path: '../outside/victim.md', text: 'x' }]), 'files[0] does not name a file specwright writes'],
  ])('a journal %s is not acted on', async (_, text, problem) => {
    const root = tempDir();
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), text);
    const [report] = await recover(root);
    expect(report).toContain(`(${problem}`);
  });

  test('a journal naming files through a link reaches nothing outside the root', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim.md'), 'spec\n');
    mkdirSync(path.join(root, 'docs'));
    symlinkSync(outside, path.join(root, 'docs/specs'));
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/b.test.ts'), 'spec\n');
    symlinkSync(path.join(outside, 'victim.md'), path.join(root, 'tests/c.test.ts'));
    // The right hash of the victims' contents: only the path checks can protect them.
    writeFileSync(
      path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`),
      journal([{ path: 'docs/specs/victim.md', text: 'spec\n' }, { path: 'tests/c.test.ts', text: 'spec\n' }, { path: 'tests/b.test.ts', text: 'other\n', replaces: true }], { dirs: ['docs/specs'] }),
    );
    const before = { root: treeSnapshot(root), outside: treeSnapshot(outside) };
    await recover(root);
    const { [`.specwright-${DEAD_PID}-0a1b2c3d.journal`]: _journal, ...rootBefore } = before.root;
    expect(treeSnapshot(root)).toEqual(rootBefore);
    expect(treeSnapshot(outside)).toEqual(before.outside);
  });

  test('a FIFO, a link, a folder or an oversized file named like a journal is reported, never read, followed or waited on', async () => {
    const root = tempDir();
    const elsewhere = tempDir();
    const valid = journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]);
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'stub\n');
    writeFileSync(path.join(elsewhere, 'journal'), valid);
    execFileSync('mkfifo', [path.join(root, `.specwright-${DEAD_PID}-00000001.journal`)]);
    symlinkSync(path.join(elsewhere, 'journal'), path.join(root, `.specwright-${DEAD_PID}-00000002.journal`));
    mkdirSync(path.join(root, `.specwright-${DEAD_PID}-00000003.journal`));
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-00000004.journal`), valid + ' '.repeat(70 * 1024));
    const before = treeSnapshot(root);
    const reports = await recover(root);
    expect(reports.sort()).toEqual([
      expect.stringContaining(`ignored .specwright-${DEAD_PID}-00000001.journal: it is not a regular file`),
      expect.stringContaining(`ignored .specwright-${DEAD_PID}-00000002.journal: it is a symbolic link`),
      expect.stringContaining(`ignored .specwright-${DEAD_PID}-00000003.journal: it is not a regular file`),
      expect.stringContaining(`ignored .specwright-${DEAD_PID}-00000004.journal: it is larger than a journal can be`),
    ]);
    expect(treeSnapshot(root)).toEqual(before);
  });

  (isRoot ? test : test.skip)('a journal owned by another user is reported and never acted on (needs root to chown)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'stub\n');
    const name = `.specwright-${DEAD_PID}-0a1b2c3d.journal`;
    writeFileSync(path.join(root, name), journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]));
    chownSync(path.join(root, name), 65534, 65534);
    const before = treeSnapshot(root);
    const reports = await recover(root);
    expect(reports).toEqual([expect.stringContaining(`ignored ${name}: it is owned by another user`)]);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a journal that cannot be removed is said so, once per run, not as a rollback', async () => {
    const root = tempDir();
    const name = `.specwright-${DEAD_PID}-0a1b2c3d.journal`;
    writeFileSync(path.join(root, name), journal([{ path: 'tests/x.test.ts', text: 'stub\n' }]));
    // Claimed (renamed to .undo-<this run's id>) before it is acted on; that name is the one that cannot be removed.
    const stuck: WriterFs = { ...real, unlink: async (p) => { if (p.includes('.journal.undo-')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); return real.unlink(p); } };
    const reports = await recoverInterruptedRuns(stuck, root, root, DEFAULT_PLACES);
    const claimed = readdirSync(root).find((n) => n.startsWith(`${name}.undo-`));
    expect(claimed).toBeDefined();
    expect(reports).toEqual([`warning: cannot remove ${claimed}, the journal of a killed run (EACCES); its files are undone. Remove it: rm '${path.join(root, claimed!)}'`]);
    // The next run finishes it, and says only what is true.
    expect(await recover(root)).toEqual([`Cleared the journal of a run that was killed mid-write (pid ${DEAD_PID}); none of its files remained.`]);
    expect(readdirSync(root)).toEqual([]);
  });

  test('a journal never renamed into place, and a lock left by a dead run, are cleared silently', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal.tmp`), '{"fi');
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-1a1b2c3d.lock`), '');
    await expect(recover(root)).resolves.toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  test('the journal of a git checkout lives in .git, where no commit can carry it to a colleague', async () => {
    const root = tempDir({ git: true });
    const writes = await preflight(real, root, FILES, false);
    const seen: string[] = [];
    const watching: WriterFs = { ...real, rename: async (from, to) => { seen.push(to); return real.rename(from, to); } };
    await commitFiles(watching, writes, { root, journalDir: path.join(root, '.git'), folders: FOLDERS_BEFORE_CONFIG, pendingSignal: () => undefined });
    expect(seen.filter((p) => p.endsWith('.journal')).map((p) => path.dirname(p))).toEqual([path.join(root, '.git')]);
  });
});

describe('recoverInterruptedRuns touches only what the recovering run\'s configuration writes', () => {
  const ID = `${DEAD_PID}-cafebabe`;

  test('a planted journal naming package.json and a git hook, with planted backups, changes nothing and is left alone', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, '.husky'));
    writeFileSync(path.join(root, 'package.json'), '{"scripts":{"test":"jest"}}\n');
    writeFileSync(path.join(root, '.husky/pre-commit'), 'npm test\n');
    writeFileSync(path.join(root, `.package.json.specwright-${ID}.bak`), '{"scripts":{"test":"echo pwned"}}\n');
    writeFileSync(path.join(root, `.husky/.pre-commit.specwright-${ID}.bak`), 'echo pwned\n');
    const planted = journal(
      [{ path: 'package.json', text: '{"scripts":{"test":"jest"}}\n', replaces: true }, { path: '.husky/pre-commit', text: 'npm test\n', replaces: true }],
      { folders: ['.', '.husky'] },
    );
    writeFileSync(path.join(root, `.specwright-${ID}.journal`), planted);
    const before = treeSnapshot(root);
    const reports = await recover(root);
    expect(reports).toEqual([expect.stringContaining(`is the journal of a run killed mid-write that wrote .husky/pre-commit, outside what this run's configuration writes`)]);
    expect(treeSnapshot(root)).toEqual(before);
  });

  test('a planted journal replacing package.json alone: without the second name a real run makes, its backup is not restored', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'package.json'), '{"scripts":{"test":"jest"}}\n');
    writeFileSync(path.join(root, `.package.json.specwright-${ID}.bak`), '{"scripts":{"test":"echo pwned"}}\n');
    writeFileSync(path.join(root, `.specwright-${ID}.journal`), journal([{ path: 'package.json', text: '{"scripts":{"test":"jest"}}\n', replaces: true }], { folders: ['.'] }));
    await recover(root);
    expect(readFileSync(path.join(root, 'package.json'), 'utf8')).toBe('{"scripts":{"test":"jest"}}\n');
  });

  test('a killed run of another workspace package is left for a run there, which undoes it', async () => {
    const root = tempDir();
    const stub = 'packages/b/test/x.test.js';
    mkdirSync(path.join(root, 'packages/b/test'), { recursive: true });
    writeFileSync(path.join(root, stub), 'stub\n');
    writeFileSync(path.join(root, `packages/b/test/.x.test.js.specwright-${ID}.tmp`), 'stub\n');
    rmSync(path.join(root, stub));
    linkSync(path.join(root, `packages/b/test/.x.test.js.specwright-${ID}.tmp`), path.join(root, stub));
    writeFileSync(path.join(root, `.specwright-${ID}.journal`), journal([{ path: stub, text: 'stub\n' }], { folders: ['docs/specs', 'packages/b/test', 'docs/features'], dirs: ['packages/b/test'] }));
    const elsewhere = await recover(root);
    expect(elsewhere).toEqual([expect.stringContaining('wrote packages/b/test/x.test.js, outside what this run\'s configuration writes; it is left for a run configured like it')]);
    expect(existsSync(path.join(root, stub))).toBe(true);
    expect(existsSync(path.join(root, `.specwright-${ID}.journal`))).toBe(true);
    const inPackage = await recoverInterruptedRuns(real, root, root, { content: ['docs/specs', 'packages/b/test', 'docs/features'], templates: '.specwright/templates', packages: ['.', 'packages/b'] });
    expect(inPackage).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): removed packages/b/test/x.test.js, removed packages/b/test/.`]);
    expect(existsSync(path.join(root, 'packages/b/test'))).toBe(false);
  });
});

describe('recoverInterruptedRuns on a file system without hard links', () => {
  test('a file the killed run was still writing in place (a start of its bytes, its full temp beside it) is removed', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    const planned = 'the whole stub\n';
    writeFileSync(path.join(root, `tests/.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.inplace`), planned);
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'the who');
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), journal([{ path: 'tests/x.test.ts', text: planned }], { dirs: ['tests'] }));
    expect(await recover(root)).toEqual([`Rolled back a run that was killed mid-write (pid ${DEAD_PID}): removed tests/x.test.ts, removed tests/.`]);
    expect(readdirSync(root)).toEqual([]);
  });

  test('on a file system with hard links, a start of the planned bytes without the in-place proof stays (a file of the user\'s)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    writeFileSync(path.join(root, `tests/.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.tmp`), 'the whole stub\n');
    writeFileSync(path.join(root, 'tests/x.test.ts'), '');
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), journal([{ path: 'tests/x.test.ts', text: 'the whole stub\n' }]));
    await recover(root);
    expect(readdirSync(path.join(root, 'tests'))).toEqual(['x.test.ts']);
  });

  test('a file that is not a start of the planned bytes stays', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'tests'));
    const planned = 'the whole stub\n';
    writeFileSync(path.join(root, `tests/.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.inplace`), planned);
    writeFileSync(path.join(root, 'tests/x.test.ts'), 'mine');
    writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), journal([{ path: 'tests/x.test.ts', text: planned }]));
    await recover(root);
    expect(readFileSync(path.join(root, 'tests/x.test.ts'), 'utf8')).toBe('mine');
  });
});

test('without hard links, a complete file with the planned bytes may be a rerun\'s: it stays', async () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'tests'));
  writeFileSync(path.join(root, `tests/.x.test.ts.specwright-${DEAD_PID}-0a1b2c3d.inplace`), 'the whole stub\n');
  writeFileSync(path.join(root, 'tests/x.test.ts'), 'the whole stub\n');
  writeFileSync(path.join(root, `.specwright-${DEAD_PID}-0a1b2c3d.journal`), journal([{ path: 'tests/x.test.ts', text: 'the whole stub\n' }]));
  await recover(root);
  expect(readdirSync(path.join(root, 'tests'))).toEqual(['x.test.ts']);
});
