import type { SpecModel } from '../model/spec-model.js';
import { markdownTable } from './markdown-table.js';
import type { TeamTemplates } from './team-templates.js';
import { BUDGET_HINT, BUDGET_TEXT, MAX_RENDERED_BYTES } from './render-budget.js';
import { templateError, TemplateError } from './template-error.js';
import { contextOf, template, type TemplateName } from './templates.js';
import { EscapedText, userText, type TextContext } from './user-text.js';
import { restyleStub } from './stub-style.js';

export type { RenderedFile } from '../commit/file-to-write.js';
import type { RenderedFile } from '../commit/file-to-write.js';

type Data = ReturnType<typeof templateData>;

function templateData(model: SpecModel) {
  const changelog = markdownTable(['Date', 'Author', 'Changes'], [[model.today, model.owner, 'Initial draft']]);
  const hasTodos =
    model.requirements.length > 0 || model.stories.length > 0 || model.phases.some((p) => p.tasks.length > 0);
  const { language, module } = model.testStub;
  // TypeScript stubs always import; the project's compiler decides what a module becomes.
  return { ...model, changelog, hasTodos, typescript: language === 'ts', commonjs: language === 'js' && module === 'cjs' };
}

/** The same data with every answer the user typed wrapped for `context` (see UserText). */
function teamData(data: Data, context: TextContext) {
  const text = (value: string) => userText(value, context);
  return {
    ...data,
    name: text(data.name),
    owner: text(data.owner),
    purpose: text(data.purpose),
    requirements: data.requirements.map((r) => ({ ...r, text: text(r.text) })),
    stories: data.stories.map(text),
    phases: data.phases.map((p) => ({ ...p, name: text(p.name), tasks: p.tasks.map(text) })),
    milestones: data.milestones.map((m) => ({ ...m, name: text(m.name) })),
    // Built from escaped cells already: safe as it is, also through {{changelog}}.
    changelog: new EscapedText(data.changelog),
  };
}

function render(name: TemplateName, data: Data, team: TeamTemplates | undefined, onTeamTemplate?: (file: string) => void): string {
  const own = team?.templates.get(name);
  if (!own) return template(name)(data);
  const file = `${team!.dir}/${name}.hbs`;
  onTeamTemplate?.(file);
  let contents: string;
  try {
    contents = own(teamData(data, contextOf(name)));
  } catch (error) {
    // strict mode: a misspelt field names its line; a failing helper says why.
    throw templateError(file, error, team!.sources.texts);
  }
  // {{#each}} stops itself at the budget (team-helpers.ts); this catches the rest (partials, long text).
  const bytes = Buffer.byteLength(contents);
  if (bytes > MAX_RENDERED_BYTES) throw new TemplateError(`${file} renders ${(bytes / 1_000_000).toFixed(1)} MB, more than the ${BUDGET_TEXT} a file may be`, BUDGET_HINT);
  return contents;
}

/** A built-in stub in the repository's code style; a team's own template as the team wrote it. */
function builtInStubStyled(name: TemplateName, model: SpecModel, contents: string, team: TeamTemplates | undefined): string {
  const style = model.testStub.codeStyle;
  return style && !team?.templates.has(name) ? restyleStub(contents, style) : contents;
}

/**
 * The files of a spec (three, or two without a test stub): the team's template where it has one, the
 * built-in one otherwise. Pure: model in, strings out. `onTeamTemplate` hears
 * which team template starts rendering (the render worker reports it, so a
 * render stopped from outside names its template).
 */
export function renderFiles(model: SpecModel, team?: TeamTemplates, onTeamTemplate?: (file: string) => void): RenderedFile[] {
  const data = templateData(model);
  return [
    { path: model.paths.spec, contents: render('spec.md', data, team, onTeamTemplate) },
    ...(model.hasTestStub ? [{ path: model.paths.test, contents: builtInStubStyled(`test-${model.testStub.framework}`, model, render(`test-${model.testStub.framework}`, data, team, onTeamTemplate), team) }] : []),
    { path: model.paths.docs, contents: render('docs.md', data, team, onTeamTemplate) },
  ];
}
