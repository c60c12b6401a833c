/**
 * The spec reader over specs the built bin writes now (so it needs
 * `npm run build`): every answer reads back as typed, Markdown escapes and
 * wrapping undone; the template's placeholders are not read as data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readSpec } from '../../src/specs/read-spec.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('a spec written now by the built bin reads back', () => {
  const answers = {
    name: 'Users & *Groups* <b>',
    owner: "Zoë O'Brien | Ops",
    purpose: 'See [the guide](../guide.md).',
    requirements: [
      'Use `code`, [a link](x.md) and <!-- not a comment -->',
      'A requirement long enough that the generator wraps it across two lines in the spec file, which the reader joins back into one',
      'FR-9: looks like an id',
    ],
    stories: ['As a lead, I want **FR-7**: nothing so that nothing'],
    phases: [
      { name: 'Design #1', tasks: ['Tokens_for *both* themes', '1. numbered-looking task', '- [x] not ticked'] },
      { name: '[Not a placeholder]', tasks: ['x'] },
    ],
    milestones: [
      { name: '1. GA - 2027-01-01', date: '2027-01-15' },
      { name: 'Beta [1]', date: '2026-12-10' },
    ],
  };
  let text = '';
  let plainText = '';
  beforeAll(async () => {
    const root = projectWith({ 'answers.json': answers });
    const full = await runBin(['new', '--answers', 'answers.json', '--yes'], { cwd: root });
    expect(full.code).toBe(0);
    text = readFileSync(path.join(root, 'docs/specs/0001-users-groups-b.md'), 'utf8');
    const plain = await runBin(['new', 'Plain', '--owner', 'Bob', '--yes'], { cwd: root });
    expect(plain.code).toBe(0);
    plainText = readFileSync(path.join(root, 'docs/specs/0002-plain.md'), 'utf8');
  });

  test('reads back every answer as typed, Markdown escapes and wrapping undone', () => {
    const reading = readSpec('0001-users-groups-b.md', text);
    expect(reading.problems).toEqual([]);
    expect(reading.title?.value).toBe(answers.name);
    expect(reading.owner?.value).toBe(answers.owner);
    expect(reading.requirements.map((r) => [r.id, r.text])).toEqual(answers.requirements.map((t, i) => [`FR-${i + 1}`, t]));
    expect(reading.phases.map((p) => [p.number, p.name, p.tasks.map((t) => t.text)])).toEqual(answers.phases.map((p, i) => [i + 1, p.name, p.tasks]));
    // The generator writes milestones in date order.
    expect(reading.milestones.map((m) => [m.name, m.date])).toEqual([
      ['Beta [1]', '2026-12-10'],
      ['1. GA - 2027-01-01', '2027-01-15'],
    ]);
    // Escaped text is text: no link, no comment, no ticked task, no FR-7 from the story.
    expect(reading.links).toEqual([]);
    expect(reading.phases[0]!.done).toBe(0);
    expect(reading.status).toHaveLength(7);
  });

  test('a spec without phases or milestones: the template placeholders are not read as data', () => {
    const reading = readSpec('0002-plain.md', plainText);
    expect(reading.problems).toEqual([]);
    expect(reading).toMatchObject({ title: { value: 'Plain' }, owner: { value: 'Bob' }, phases: [], milestones: [], requirements: [] });
  });
});
