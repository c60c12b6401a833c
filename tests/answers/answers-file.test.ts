import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { loadAnswersFile, MAX_ANSWERS_BYTES, parseAnswersText } from '../../src/answers/answers-file.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const noStdin = Readable.from([]);

describe('parseAnswersText', () => {
  test('returns the raw object of a valid file', () => {
    expect(parseAnswersText('{"name": "Dark mode", "requirements": ["a"]}', 'a.json')).toEqual({
      name: 'Dark mode',
      requirements: ['a'],
    });
  });

  test('accepts a UTF-8 byte order mark', () => {
    expect(parseAnswersText('\uFEFF{"name": "x"}', 'a.json')).toEqual({ name: 'x' });
  });

  test('a parse error names the line and column', () => {
    expect(() => parseAnswersText('{\n  "name": "x",\n  oops\n}', 'a.json')).toThrow(/a\.json is not valid JSON \(line 3, column 3\)/);
  });

  test('a parse error never echoes the contents of the file (it may not be JSON at all)', () => {
    expect(() => parseAnswersText('root:x:0:0:root:/root:/bin/bash\n', 'passwd')).toThrow(/^passwd is not valid JSON \(line 1, column 1\)$/);
  });

  test('truncated JSON points at the end', () => {
    expect(() => parseAnswersText('{\n"name": "x"', 'a.json')).toThrow(/line 2, column/);
  });

  test.each([['[]'], ['"x"'], ['null'], ['3']])('refuses the non-object %s', (text) => {
    expect(() => parseAnswersText(text, 'a.json')).toThrow('a.json must hold a JSON object');
  });

  test('refuses an unknown key, such as a typo, naming it', () => {
    expect(() => parseAnswersText('{"name": "x", "requirement": ["a"]}', 'a.json')).toThrow(
      /^a\.json: requirement is not a known key; known keys are name, owner/,
    );
  });

  test.each([
    ['{"__proto__": {"name": "x"}}', 'a.json: __proto__'],
    ['{"constructor": {"prototype": {}}}', 'a.json: constructor'],
    ['{"phases": [{"name": "x", "__proto__": {"tasks": ["y"]}}]}', 'a.json: phases[0].__proto__'],
    ['{"milestones": [{"prototype": 1}]}', 'a.json: milestones[0].prototype'],
  ])('refuses prototype keys: %s', (text, field) => {
    expect(() => parseAnswersText(text, 'a.json')).toThrow(`${field} is not allowed as a key`);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});

describe('parseAnswersText: nesting', () => {
  const inPhases = (levels: number): string => `{"name": "x", "phases": ${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const inPhaseName = (levels: number): string => `{"phases": [{"name": ${'{"a": '.repeat(levels)}1${'}'.repeat(levels)}}]}`;
  const DEEPER = 'nests deeper than the answers format allows (at most 4 levels: the object, phases, a phase, its tasks)';

  test('the deepest the format goes (object, phases, a phase, its tasks) is accepted', () => {
    const text = '{"name": "x", "phases": [{"name": "P", "tasks": ["a", "b"]}], "milestones": [{"name": "M", "date": "+1d"}]}';
    expect(parseAnswersText(text, 'a.json')).toEqual(JSON.parse(text));
  });

  test.each([5, 5000, 200000])('lists %i levels deep are refused at the first level too deep, not with a stack overflow', (levels) => {
    expect(() => parseAnswersText(inPhases(levels), 'a.json')).toThrow(`a.json: phases[0][0][0] ${DEEPER}`);
  });

  test.each([2, 5000, 200000])('objects %i levels deep are refused at the first level too deep', (levels) => {
    expect(() => parseAnswersText(inPhaseName(levels), 'a.json')).toThrow(`a.json: phases[0].name.a ${DEEPER}`);
  });

  test('one level too deep is refused (an object inside a task)', () => {
    expect(() => parseAnswersText('{"phases": [{"name": "P", "tasks": [{}]}]}', 'a.json')).toThrow(`a.json: phases[0].tasks[0] ${DEEPER}`);
  });

  test('a prototype key is still found in file order, before a deeper problem after it', () => {
    expect(() => parseAnswersText(`{"constructor": 1, "phases": ${'['.repeat(9)}${']'.repeat(9)}}`, 'a.json')).toThrow(
      'a.json: constructor is not allowed as a key',
    );
  });
});

describe('loadAnswersFile', () => {
  const dir = tempDir();

  test('reads a relative path from the given cwd', async () => {
    writeFileSync(path.join(dir, 'spec.json'), '{"name": "From file"}');
    await expect(loadAnswersFile('spec.json', dir, noStdin)).resolves.toEqual({ raw: { name: 'From file' }, label: 'spec.json' });
  });

  test('reads stdin for -', async () => {
    await expect(loadAnswersFile('-', dir, Readable.from(['{"name": ', '"piped"}']))).resolves.toEqual({
      raw: { name: 'piped' },
      label: 'answers on stdin',
    });
  });

  test('refuses a missing file, a folder and a file over 1 MB', async () => {
    mkdirSync(path.join(dir, 'folder.json'));
    writeFileSync(path.join(dir, 'big.json'), `{"name": "${'x'.repeat(MAX_ANSWERS_BYTES)}"}`);
    await expect(loadAnswersFile('missing.json', dir, noStdin)).rejects.toThrow('missing.json does not exist');
    await expect(loadAnswersFile('folder.json', dir, noStdin)).rejects.toThrow('folder.json is not a regular file');
    await expect(loadAnswersFile('big.json', dir, noStdin)).rejects.toThrow(/big\.json is \d+ bytes; answers files may have at most 1048576/);
  });

  // Latin-1 bytes (0xE9 é, 0xE8 è), as an editor set to Windows-1252 saves them.
  const latin1 = Buffer.concat([Buffer.from('{"name": "Caf'), Buffer.from([0xe9]), Buffer.from(' cr'), Buffer.from([0xe8]), Buffer.from('me", "owner": "Ada"}')]);

  test('refuses a file that is not UTF-8, saying where, instead of reading U+FFFD', async () => {
    writeFileSync(path.join(dir, 'latin1.json'), latin1);
    await expect(loadAnswersFile('latin1.json', dir, noStdin)).rejects.toThrow(
      /^latin1\.json is not valid UTF-8 \(line 1, column 14, byte offset 13\)$/,
    );
  });

  test('refuses stdin that is not UTF-8, saying where', async () => {
    await expect(loadAnswersFile('-', dir, Readable.from([latin1.subarray(0, 5), latin1.subarray(5)]))).rejects.toThrow(
      /^answers on stdin is not valid UTF-8 \(line 1, column 14, byte offset 13\)$/,
    );
  });

  test('a UTF-8 character split across two stdin chunks is read whole; a BOM in a file is accepted', async () => {
    const text = Buffer.from('{"name": "Café crème"}');
    const cut = text.indexOf(0xc3) + 1;
    await expect(loadAnswersFile('-', dir, Readable.from([text.subarray(0, cut), text.subarray(cut)]))).resolves.toEqual({
      raw: { name: 'Café crème' },
      label: 'answers on stdin',
    });
    writeFileSync(path.join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    await expect(loadAnswersFile('bom.json', dir, noStdin)).resolves.toEqual({ raw: { name: 'Café crème' }, label: 'bom.json' });
  });

  test('refuses more than 1 MB on stdin', async () => {
    const chunks = Array.from({ length: 17 }, () => 'x'.repeat(64 * 1024));
    await expect(loadAnswersFile('-', dir, Readable.from(chunks))).rejects.toThrow(/exceed 1048576 bytes/);
  });
});
