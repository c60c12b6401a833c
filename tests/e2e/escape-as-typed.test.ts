/**
 * What a user types is written as typed where CommonMark needs no escape,
 * through the built bin: `PR #57 by @ada`, `snake_case`, `a < b` stay as they
 * are in the raw file, and backticks in pairs make inline code, in every
 * field (name, owner, purpose, requirements, stories, phase names, tasks,
 * milestone names) and in `status --note`. Rendered by CommonMark, each reads
 * as typed; the spec still passes markdownlint's defaults and prettier.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Node } from 'commonmark';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat } from '../helpers/markdown-checks.js';
import { projectWith } from '../helpers/project-files.js';
import { runBin } from '../helpers/run-bin.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { typedOf } from '../helpers/typed-text.js';

afterAll(removeTempDirs);

const ANSWERS = {
  name: 'Export `--json` for PR #57',
  owner: '@ada (C# team)',
  purpose: '`list --json` for dashboards: snake_case, a < b, 5 * 3, #57 by @ada.',
  requirements: ['Print `--json` output with snake_case keys', 'Keep `a|b` and `*x*` as code, not a table or emphasis'],
  stories: ['As @ada, I want `list --json` so that CI reads it (see #57)'],
  phases: [{ name: 'Build `cli` #1', tasks: ['Wire `--json` into list', 'Review PR #57 with @ada'] }],
  milestones: [{ name: 'Ship `v2` #1', date: '2026-12-15' }],
};
const NOTE = 'PR #57 by @ada: `--json` done';

/** The text each node of `type` renders, inline code between its backticks. */
function rendered(doc: Node, type: string): string[] {
  return nodesOfType(doc, type).map(typedOf);
}

describe('user text is written and rendered as typed', () => {
  test('every field of new, and the note of status: the raw file holds the text as typed', async () => {
    const root = projectWith({ 'package.json': { name: 'app', devDependencies: { jest: '30.0.0' } }, 'answers.json': ANSWERS });
    execFileSync('git', ['config', 'user.name', 'Grace'], { cwd: root });
    const made = await runBin(['new', '--answers', 'answers.json', '--yes', '--json'], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-26' } });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const [specFile, , docsFile] = (JSON.parse(made.stdout) as { files: string[] }).files.map((f) => path.join(root, f));
    const status = await runBin(['status', '1', 'review', '--note', NOTE], { cwd: root, env: { SPECWRIGHT_TODAY: '2026-11-27' } });
    expect(status.code).toBe(0);
    const spec = readFileSync(specFile!, 'utf8');
    const lines = spec.split('\n');

    // The raw file, as typed.
    expect(lines).toContain(`# Feature Specification: ${ANSWERS.name}`);
    expect(lines).toContain(ANSWERS.purpose);
    expect(lines).toContain(`1. **FR-1**: ${ANSWERS.requirements[0]}`);
    expect(lines).toContain(`2. **FR-2**: ${ANSWERS.requirements[1]}`);
    expect(lines).toContain(`- ${ANSWERS.stories[0]}`);
    expect(lines).toContain(`### Phase 1: ${ANSWERS.phases[0]!.name}`);
    expect(lines).toContain(`- [ ] ${ANSWERS.phases[0]!.tasks[0]}`);
    expect(lines).toContain(`- [ ] ${ANSWERS.phases[0]!.tasks[1]}`);
    expect(lines).toContain(`1. **${ANSWERS.milestones[0]!.name}** - 2026-12-15`);
    expect(lines).toContain(`- Owner: ${ANSWERS.owner}`);
    expect(lines).toContain(`| 2026-11-27 | Grace | Status: Specification review — ${NOTE} |`);

    // Rendered, as typed: inline code where backticks were typed in pairs, and nothing else added.
    const doc = parseCommonMark(spec);
    const headings = rendered(doc, 'heading');
    expect(headings).toContain(`Feature Specification: ${ANSWERS.name}`);
    expect(headings).toContain(`Phase 1: ${ANSWERS.phases[0]!.name}`);
    const items = rendered(doc, 'item');
    for (const text of [
      `FR-1: ${ANSWERS.requirements[0]}`,
      `FR-2: ${ANSWERS.requirements[1]}`,
      ANSWERS.stories[0]!,
      `[ ] ${ANSWERS.phases[0]!.tasks[0]}`,
      `[ ] ${ANSWERS.phases[0]!.tasks[1]}`,
      `${ANSWERS.milestones[0]!.name} - 2026-12-15`,
      `Owner: ${ANSWERS.owner}`,
    ]) {
      expect(items).toContain(text);
    }
    expect(rendered(doc, 'paragraph')).toContain(ANSWERS.purpose);
    for (const type of ['html_inline', 'link', 'image', 'emph', 'block_quote', 'code_block']) expect(nodesOfType(doc, type)).toEqual([]);
    // Strong only where the template puts it: requirement ids, the non-functional headings, the milestone's name.
    expect(rendered(doc, 'strong').filter((s) => !/^(FR-\d|Performance|Security|Scalability|Accessibility)$/.test(s))).toEqual([ANSWERS.milestones[0]!.name]);

    const docs = readFileSync(docsFile!, 'utf8');
    expect(rendered(parseCommonMark(docs), 'heading')[0]).toBe(ANSWERS.name);

    // And the tools that read it are content.
    expect(markdownlintFindings(spec)).toEqual([]);
    expect(await prettierFormat(spec)).toBe(spec);
  });
});
