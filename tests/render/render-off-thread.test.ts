/**
 * Rendering a team's templates on a worker thread gives exactly what
 * rendering them in the process gives, and a mistake comes back as the same
 * TemplateError (exit 2, file and line). The budgets are exercised through
 * the built bin in tests/e2e/team-template-budget.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { listFolder } from '../../src/base/list-folder.js';
import { buildModel } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { prestartRenderWorker, renderOffThread } from '../../src/render/render-off-thread.js';
import { loadTeamTemplates, type TeamTemplates } from '../../src/render/team-templates.js';
import { TemplateError } from '../../src/render/template-error.js';
import { defaultLayout } from '../helpers/layout.js';
import { FULL_ANSWERS } from '../helpers/sample-answers.js';
import { removeTempDirs, tempDir } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const DIR = '.specwright/templates';
const model = buildModel({ ...FULL_ANSWERS, name: 'Dark *mode* <b>' }, { today: '2026-11-27', number: '0007', layout: defaultLayout({ testStub: { framework: 'jest', language: 'ts', jestGlobals: false } }) });

function team(files: Record<string, string>): TeamTemplates {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, DIR, name)), { recursive: true });
    writeFileSync(path.join(root, DIR, name), text);
  }
  return loadTeamTemplates(root, DIR, listFolder)!;
}

describe('rendering a team\'s templates on a worker thread', () => {
  test('the same files, byte for byte, as rendering them in the process', async () => {
    const own = team({
      'spec.md.hbs': '# {{name}}\n{{#each requirements}}{{item "-" (concat "**" id "**: ") text}}\n{{/each}}{{> footer}}',
      'test-jest.hbs': 'test.todo({{js name}}); // {{owner}}\n',
      'partials/footer.hbs': 'by {{owner}}, {{formatDate today "D MMMM YYYY"}}\n',
    });
    const files = await renderOffThread(model, own);
    expect(files).toEqual(renderFiles(model, own));
    expect(files[0]!.contents).toContain('# Dark \\*mode\\* \\<b>\n- **FR-1**: ');
  });

  test('a worker started before the model exists renders the same files (the bin starts it when it loads the templates)', async () => {
    const own = team({ 'docs.md.hbs': '# {{name}}\n{{#each stories}}{{item "-" "" this}}\n{{/each}}' });
    prestartRenderWorker(own);
    expect(await renderOffThread(model, own)).toEqual(renderFiles(model, own));
  });

  test('a mistake comes back as a TemplateError naming the file and the line', async () => {
    const own = team({ 'docs.md.hbs': '# Docs\n\n{{#each name}}{{this}}{{/each}}\n' });
    const error = await renderOffThread(model, own).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).exitCode).toBe(2);
    expect((error as TemplateError).message).toBe(`${DIR}/docs.md.hbs, line 3: {{#each}} goes over a list (requirements, stories, phases, a phase's tasks, milestones), not text ("Dark *mode* <b>")`);
  });
});
