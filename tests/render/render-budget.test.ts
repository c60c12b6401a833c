/**
 * The output budget of a team template, in the process (the time and memory
 * budgets need the worker: tests/e2e/team-template-budget.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { listFolder } from '../../src/base/list-folder.js';
import { buildModel } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { loadTeamTemplates } from '../../src/render/team-templates.js';
import { TemplateError } from '../../src/render/template-error.js';
import { defaultLayout } from '../helpers/layout.js';
import { FULL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const DIR = '.specwright/templates';
const model = buildModel(FULL_ANSWERS, { today: '2026-11-27', number: '0007', layout: defaultLayout() });

function withTemplates(files: Record<string, string>): string {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, DIR, name)), { recursive: true });
    writeFileSync(path.join(root, DIR, name), text);
  }
  return root;
}

const rendered = (files: Record<string, string>) => () => renderFiles(model, loadTeamTemplates(withTemplates(files), DIR, listFolder));

describe('the output budget of a team template', () => {
  test('a file past 1 MB made without {{#each}} (partials used twice, eleven deep) exits 2 with its size', () => {
    const partials: Record<string, string> = { 'partials/p0.hbs': 'x'.repeat(1000) };
    for (let level = 1; level <= 11; level++) partials[`partials/p${level}.hbs`] = `{{> p${level - 1}}}{{> p${level - 1}}}`;
    const render = rendered({ 'docs.md.hbs': '{{> p11}}\n', ...partials });
    expect(render).toThrow(TemplateError);
    expect(render).toThrow(`${DIR}/docs.md.hbs renders 2.0 MB, more than the 1 MB a file may be`);
  });

  test('an {{#each}} whose output passes 1 MB stops at once, naming its line', () => {
    // 3 requirements, 13 levels deep: 1.6 million rounds of "FR-1 "; the budget stops it after about 200,000.
    const render = rendered({ 'spec.md.hbs': `# x\n\n${'{{#each @root.requirements}}'.repeat(13)}{{id}} ${'{{/each}}'.repeat(13)}\n` });
    expect(render).toThrow(`${DIR}/spec.md.hbs, line 3: this {{#each}} makes more than 1 MB of text, the most a rendered file may be`);
  });

  test('just under the budget renders', () => {
    const [spec] = rendered({ 'spec.md.hbs': `${'y'.repeat(999_990)}\n` })() as { contents: string }[];
    expect(spec!.contents).toHaveLength(999_991);
  });
});
