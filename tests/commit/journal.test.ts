import { describe, expect, test } from '@jest/globals';
import { FOLDERS_BEFORE_CONFIG, parseJournal } from '../../src/commit/journal.js';
import { contentHash } from '../../src/commit/content-hash.js';

const HASH = contentHash('x\n');
const journal = (fields: Record<string, unknown>) => JSON.stringify({ specwright: 1, pid: 42, started: null, machine: null, ...fields });

describe('parseJournal: the folders a journal may name files in', () => {
  test('files in the folders the writer recorded (its configured layout) are read', () => {
    const data = parseJournal(journal({ folders: ['rfcs', 'checks', 'handbook/features'], files: [{ path: 'rfcs/0001-x.md', hash: HASH, replaces: false }, { path: 'handbook/features/x.md', hash: HASH, replaces: false }], dirs: ['handbook', 'handbook/features'] }), 42);
    expect(data).toMatchObject({ folders: ['rfcs', 'checks', 'handbook/features'], dirs: ['handbook', 'handbook/features'] });
  });

  test('a journal without folders (written before folders were configurable) keeps the folders it wrote to', () => {
    const data = parseJournal(journal({ files: [{ path: 'docs/specs/0001-x.md', hash: HASH, replaces: false }], dirs: ['docs', 'docs/specs'] }), 42);
    expect(data).toMatchObject({ folders: FOLDERS_BEFORE_CONFIG });
    expect(parseJournal(journal({ files: [{ path: 'src/index.ts', hash: HASH, replaces: false }], dirs: [] }), 42)).toEqual({ problem: 'files[0] does not name a file specwright writes' });
  });

  test.each([
    [['.git'], '.git/config'],
    [['.git/hooks'], '.git/hooks/pre-commit'],
    [['node_modules/x'], 'node_modules/x/index.js'],
    [['../outside'], '../outside/x.md'],
    [['/etc'], '/etc/passwd'],
    [['./docs'], 'docs/x.md'],
    [['docs/'], 'docs/x.md'],
    [['a b'], 'a b/x.md'],
    [Array.from({ length: 17 }, (_, i) => `f${i}`), 'f0/x.md'],
    [[], 'x.md'],
    ['docs', 'docs/x.md'],
  ])('a planted journal with folders %j is refused, never acted on', (folders, file) => {
    expect(parseJournal(journal({ folders, files: [{ path: file, hash: HASH, replaces: false }], dirs: [] }), 42)).toEqual({ problem: '"folders" is not a list of 1 to 16 folders inside the project' });
  });

  test('a file below a recorded folder (not directly in it), or a folder not on the way to one, is refused', () => {
    expect(parseJournal(journal({ folders: ['docs'], files: [{ path: 'docs/deep/x.md', hash: HASH, replaces: false }], dirs: [] }), 42)).toEqual({ problem: 'files[0] does not name a file specwright writes' });
    expect(parseJournal(journal({ folders: ['docs/specs'], files: [{ path: 'docs/specs/.hidden', hash: HASH, replaces: false }], dirs: [] }), 42)).toEqual({ problem: 'files[0] does not name a file specwright writes' });
    expect(parseJournal(journal({ folders: ['docs/specs'], files: [{ path: 'docs/specs/x.md', hash: HASH, replaces: false }], dirs: ['src'] }), 42)).toEqual({ problem: '"dirs" is not a list of folders specwright makes' });
  });
});
