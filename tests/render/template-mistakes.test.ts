/**
 * Every mistake in a team template (a field of text, each over text, a helper
 * called wrongly, a syntax error) exits 2 naming the file, the line and what
 * is wrong: never an internal error such as "Cannot read properties of undefined".
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
const model = buildModel({ ...FULL_ANSWERS, purpose: '' }, { today: '2026-11-27', number: '0007', layout: defaultLayout({ testStub: { framework: 'jest', language: 'ts', jestGlobals: false } }) });

/** The message a spec template with `body` on its line 2 stops with, whether found when loaded or when rendered. */
function mistakeIn(body: string, partials: Record<string, string> = {}): string {
  const root = tempDir();
  for (const [name, text] of Object.entries({ 'spec.md.hbs': `# Spec\n${body}\n`, ...partials })) {
    mkdirSync(path.dirname(path.join(root, DIR, name)), { recursive: true });
    writeFileSync(path.join(root, DIR, name), text);
  }
  try {
    renderFiles(model, loadTeamTemplates(root, DIR, listFolder));
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).exitCode).toBe(2);
    return (error as TemplateError).message;
  }
  throw new Error(`${body} rendered without an error`);
}

const FILE = `${DIR}/spec.md.hbs, line 2: `;

describe('a mistake in a team template names the file, the line and what is wrong', () => {
  test.each([
    ['a field of an answer', '{{name.escape}}', 'unknown field "escape"'],
    ['a field of a requirement\'s text', '{{#each requirements}}{{text.escape}}{{/each}}', 'unknown field "escape"'],
    ['a field of text inside #with', '{{#with name}}{{escape}}{{/with}}', 'unknown field "escape"'],
    ['a field from the root', '{{@root.owner.escape}}', 'unknown field "escape"'],
    ['a field of plain text (an id)', '{{id.length}}', '"id" is "0007-dark-mode", which has no field "length"'],
    ['a field of a yes/no value', '{{hasTodos.x}}', '"hasTodos" is "true", which has no field "x"'],
    ['a field of a milestone\'s date', '{{#each milestones}}{{date.day}}{{/each}}', '"date" is "2026-12-10", which has no field "day"'],
  ])('%s: %s', (_, body, reason) => {
    expect(mistakeIn(body)).toContain(FILE + reason);
  });

  test.each([
    ['an answer', '{{#each name}}{{this}}{{/each}}', 'not text ("Dark mode")'],
    ['an answer, with an else', '{{#each name}}x{{else}}none{{/each}}', 'not text ("Dark mode")'],
    ['an empty answer', '{{#each purpose}}x{{/each}}', 'not text ("")'],
    ['a requirement\'s text', '{{#each requirements}}{{#each text}}{{this}}{{/each}}{{/each}}', 'not text ("The app follows'],
    ['a number', '{{#each 5}}x{{/each}}', 'not a number (5)'],
  ])('{{#each}} over %s: %s', (_, body, reason) => {
    expect(mistakeIn(body)).toContain(`${FILE}{{#each}} goes over a list (requirements, stories, phases, a phase's tasks, milestones), ${reason}`);
  });

  test.each([
    ['{{md}}', '{{md}} takes 1 argument, not 0: write {{md text}}'],
    ['{{js}}', '{{js}} takes 1 argument, not 0: write {{js text}}'],
    ['{{item "-"}}', '{{item}} takes 3 arguments, not 1: write {{item "1." "**FR-1**: " text}}'],
    ['{{lookup}}', '{{lookup}} takes 2 arguments, not 0: write {{lookup requirements 0}}'],
    ['{{concat}}', '{{concat}} takes at least 1 argument, not 0: write {{concat "FR: " text}}'],
    ['{{formatDate today "YYYY" "x"}}', '{{formatDate}} takes 1 or 2 arguments, not 3'],
    ['{{#each}}x{{/each}}', '{{#each}} takes 1 argument, not 0: write {{#each requirements}}…{{/each}}'],
    ['{{#if}}x{{/if}}', '{{#if}} takes 1 argument, not 0: write {{#if purpose}}…{{/if}}'],
    ['{{#md name}}x{{/md}}', '{{md}} is not a block: write {{md text}}'],
    ['{{inc name}}', '{{inc}} adds 1 to a number such as @index, not text ("Dark mode")'],
    ['{{#if name.escape}}x{{/if}}', '{{#if}} was given a field that does not exist'],
    ['{{md nmae}}', '{{md}} was given a field that does not exist'],
    ['{{formatDate name}}', '{{formatDate}}: formatDate: "Dark mode" is not a YYYY-MM-DD date'],
    ['{{log name}}', 'unknown helper "log"'],
  ])('a helper called wrongly: %s', (body, reason) => {
    expect(mistakeIn(body).startsWith(FILE + reason)).toBe(true);
  });

  test.each([
    ['an unclosed comment', '{{!-- unclosed', 'cannot be parsed near'],
    ['a raw block', '{{{{raw}}}}{{/raw}}', 'cannot be parsed near'],
    ['a lone else', '{{else}}', 'cannot be parsed near "# Spec{{else}}" (unexpected INVERSE)'],
  ])('a syntax error (%s)', (_, body, reason) => {
    expect(mistakeIn(body)).toContain(FILE + reason);
  });

  test.each([
    ['{{name.toString}}', '"name.toString" names "toString", which is not a field of the data'],
    ['{{requirements.constructor}}', '"requirements.constructor" names "constructor", which is not a field of the data'],
    ['{{__proto__}}', '"__proto__" names "__proto__", which is not a field of the data'],
    ['{{lookup . "constructor"}}', '{{lookup}} found no field "constructor" there'],
    ['{{lookup requirements 9}}', '{{lookup}} found no field 9 there'],
  ])('an inherited or missing field, which Handlebars would render as nothing: %s', (body, reason) => {
    expect(mistakeIn(body).startsWith(FILE + reason)).toBe(true);
  });

  test.each([
    ['a list', '{{stories}}', '"stories" is a list, not text'],
    ['a group of fields', '{{testStub}}', '"testStub" is a group of fields, not text'],
    ['a list inside a block', '{{#each phases}}{{tasks}}{{/each}}', '"tasks" is a list, not text'],
    ['a requirement as {{this}}', '{{#each requirements}}{{this}}{{/each}}', '{{this}} here is a group of fields, not text: write one of its fields, or go over it with {{#each}} (inside this {{#each}})'],
    ['all the data as {{this}}', '{{this}}', '{{this}} here is a group of fields, not text'],
    ['what {{lookup}} found', '{{lookup requirements 1}}', '{{lookup … 1}} is a group of fields, not text'],
    ['a list given to a text helper', '{{md stories}}', '{{md}} takes text, and was given a list'],
  ])('%s written as text, which would come out as "[object Object]" or "a,b": %s', (_, body, reason) => {
    expect(mistakeIn(body).startsWith(FILE + reason)).toBe(true);
  });

  test('../ that climbs out of the blocks around it names the path that climbs highest', () => {
    expect(mistakeIn('{{#each requirements}}{{#each ../requirements}}{{#each ../../requirements}}x{{/each}}{{/each}}{{/each}}')).toContain(
      `${FILE}"../../requirements" goes up more levels than there are blocks around it (each ../ leaves one {{#each}} or {{#with}}; @root.requirements is the top of the data)`,
    );
  });

  test('a mistake inside a partial names the partial and its line', () => {
    expect(mistakeIn('{{> footer}}', { 'partials/footer.hbs': 'by {{owner}}\n\n{{owner.first}}\n' })).toContain(`${DIR}/partials/footer.hbs, line 3: unknown field "first"`);
  });
});
