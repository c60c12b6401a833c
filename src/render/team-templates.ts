import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { readRegularFile } from '../detect/project-files.js';
import { checkFieldNames } from './field-names.js';
import { templateError, TemplateError } from './template-error.js';
import { FORBIDDEN_HELPERS } from './team-helpers.js';
import { teamTemplatesFrom, type TeamTemplates } from './team-runtime.js';
import { HELPER_NAMES, TEMPLATE_NAMES, type TemplateName } from './templates.js';

type Handlebars = typeof HandlebarsNamespace;
type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

export type { TeamTemplates } from './team-runtime.js';

/**
 * `strict`: a misspelt field is an error, not an empty string. Only the
 * helpers specwright registers (and Handlebars' own, but `log`), so a
 * misspelt helper is found when the template is loaded. No `noEscape`: each
 * answer escapes itself for its file (see UserText).
 */
const COMPILE_TEAM = {
  strict: true,
  knownHelpers: { ...Object.fromEntries(HELPER_NAMES.map((name) => [name, true])), ...Object.fromEntries(FORBIDDEN_HELPERS.map((name) => [name, false])) },
  knownHelpersOnly: true,
};

const require = createRequire(import.meta.url);

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
const PARTIALS = 'partials';

/** Every partial a template uses must be one of the team's: a static name, never a lookup that could reach another file. */
function checkPartials(node: unknown, known: ReadonlySet<string>, file: string): void {
  if (Array.isArray(node)) {
    for (const child of node) checkPartials(child, known, file);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
    const name = n.name as Node & { original?: unknown };
    const line = n.loc?.start.line;
    const where = `${file}${line === undefined ? '' : `, line ${line}`}`;
    if (name.type !== 'PathExpression' && name.type !== 'StringLiteral') {
      throw new TemplateError(`${where}: a partial must be named, not computed`, `Use {{> name}} with a file ${PARTIALS}/<name>.hbs in the templates folder.`);
    }
    const partial = String(name.original);
    if (!known.has(partial)) {
      throw new TemplateError(`${where}: unknown partial "${partial}"`, `Partials are the files ${PARTIALS}/<name>.hbs in the templates folder; there is no ${PARTIALS}/${partial}.hbs.`);
    }
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && typeof value === 'object') checkPartials(value, known, file);
}

/**
 * The team's templates from `templatesDir` (relative to the root): each file
 * named like a built-in template (`spec.md.hbs`, `docs.md.hbs`,
 * `test-<framework>.hbs`) replaces that one; partials come from its
 * `partials/` folder only. Everything is parsed and checked here, before
 * anything is planned or written. Undefined when the folder does not exist.
 */
export function loadTeamTemplates(root: string, templatesDir: string, readdir: (dir: string) => readonly string[]): TeamTemplates | undefined {
  const dir = path.join(root, templatesDir);
  const names = readdir(dir);
  if (names.length === 0) return undefined;
  const shown = (name: string): string => `${templatesDir}/${name}`;
  // The folder itself may be reached through a link: it must still be inside the project.
  const real = realpathSync(dir);
  const realRoot = realpathSync(root);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    throw new TemplateError(`${templatesDir} leads outside the project (${real})`, 'Keep the templates inside the repository.');
  }
  const read = (name: string): string => {
    const text = readRegularFile(path.join(dir, name));
    if (text === undefined) throw new TemplateError(`${shown(name)} is not a regular file (a link, a folder or a device)`, 'Templates are plain files inside the templates folder.');
    return text;
  };
  const compiler = require('handlebars') as Handlebars;
  // O_NOFOLLOW guards only a file's own name: a partials folder that is a link could lead anywhere.
  const partialsInfo = lstatOrUndefined(path.join(dir, PARTIALS));
  if (partialsInfo && !partialsInfo.isDirectory()) {
    throw new TemplateError(`${shown(PARTIALS)} is ${partialsInfo.isSymbolicLink() ? 'a link' : 'not a folder'}`, 'Partials are plain files in a plain partials/ folder inside the templates folder.');
  }
  const partialNames = partialsInfo ? readdir(path.join(dir, PARTIALS)).filter((name) => name.endsWith('.hbs')) : [];
  const known = new Set(partialNames.map((name: string) => name.slice(0, -'.hbs'.length)));
  const texts: [string, string][] = [];
  // Parsed, checked and precompiled now (not on first use): every mistake Handlebars can see without data is reported before anything is planned.
  const precompile = (name: string): string => {
    const file = shown(name);
    try {
      const text = read(name);
      texts.push([file, text]);
      const ast = compiler.parse(text);
      checkPartials(ast, known, file);
      checkFieldNames(ast, file);
      return compiler.precompile(ast, COMPILE_TEAM) as string;
    } catch (error) {
      throw error instanceof TemplateError ? error : templateError(file, error);
    }
  };
  const partials = partialNames.map((name) => [name.slice(0, -'.hbs'.length), precompile(`${PARTIALS}/${name}`)] as const);
  const templates: (readonly [TemplateName, string])[] = [];
  for (const name of names.filter((n) => n.endsWith('.hbs'))) {
    const templateName = name.slice(0, -'.hbs'.length);
    if (!(TEMPLATE_NAMES as readonly string[]).includes(templateName)) {
      throw new TemplateError(`${shown(name)} is not a template specwright uses`, `Name it one of ${TEMPLATE_NAMES.map((t) => `${t}.hbs`).join(', ')} (partials go in ${PARTIALS}/).`);
    }
    templates.push([templateName as TemplateName, precompile(name)]);
  }
  return teamTemplatesFrom({ dir: templatesDir, templates, partials, texts });
}
