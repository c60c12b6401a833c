/**
 * An answers file is read through the one safe reader: a link is refused
 * (it could point anywhere, /dev/zero included), as a FIFO or a device is.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, test } from '@jest/globals';
import { loadAnswersFile } from '../../src/answers/answers-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'specwright-answers-link-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noStdin = Readable.from([]);

test('a link to a valid answers file is refused, naming it, with what to pass instead', async () => {
  writeFileSync(path.join(dir, 'real.json'), '{"name": "From file"}');
  symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
  await expect(loadAnswersFile('link.json', dir, noStdin)).rejects.toThrow('link.json is a symbolic link; answers are read from regular files only');
  await expect(loadAnswersFile('real.json', dir, noStdin)).resolves.toEqual({ raw: { name: 'From file' }, label: 'real.json' });
});

test('a link to /dev/zero is refused without reading it', async () => {
  symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
  await expect(loadAnswersFile('zero.json', dir, noStdin)).rejects.toThrow('zero.json is a symbolic link');
});
