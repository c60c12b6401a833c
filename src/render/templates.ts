import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type HandlebarsNamespace from 'handlebars';
// Imported, not required: the bin's bundle then carries the runtime (one file instead of a dozen to load).
import HandlebarsRuntime from 'handlebars/runtime.js';
import { PACKAGE_ROOT, RUNNING_FROM_DIST } from '../base/package-root.js';
import { formatDay } from '../base/text/dates.js';
import { slugify } from '../base/text/slug.js';
import { markdownCell, markdownText } from '../base/text/markdown-text.js';
import { EscapedText, userText, type TextContext } from './user-text.js';
import { wrapMarkdown } from '../base/text/markdown-wrap.js';

type Handlebars = typeof HandlebarsNamespace;
type TemplateSpec = Parameters<Handlebars['template']>[0];

/** The package's `templates/` folder (never the cwd's), from src/, dist/ and an npx install alike. */
export const TEMPLATES_DIR = `${path.join(PACKAGE_ROOT, 'templates')}${path.sep}`;

/** `test-<framework>`: the test stub, one template per framework (see TestStubStyle). */
export const TEMPLATE_NAMES = ['spec.md', 'test-jest', 'test-vitest', 'test-node', 'test-mocha', 'test-ava', 'test-tap', 'docs.md'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** What a template's text is: Markdown (spec, docs) or code (the stubs), for escaping. */
export const contextOf = (name: TemplateName): TextContext => (name.endsWith('.md') ? 'markdown' : 'code');

/**
 * `noEscape`: the output is Markdown and code, not HTML; each context escapes
 * with its own helper instead (md, para, item for Markdown, js for code).
 * `strict`: a misspelt field is an error, not an empty string.
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Written by `npm run build` (scripts/precompile-templates.mjs) from templates/. */
export const PRECOMPILED = path.join(PACKAGE_ROOT, 'dist', 'precompiled-templates.cjs');

const require = createRequire(import.meta.url);

/**
 * The helpers every template gets, built-in or the team's (README, "Your own
 * templates", documents each with an example). Each escapes for one context:
 * md/cell for Markdown text and table cells, para/item for wrapped Markdown
 * paragraphs and list items, js for a JavaScript string literal.
 */
export const HELPER_NAMES = ['md', 'cell', 'para', 'item', 'js', 'inc', 'concat', 'slug', 'formatDate'] as const;

/**
 * `escaping`: the context of a team's templates, whose environment escapes
 * `{{…}}` (see UserText). Each helper's result is then marked as escaped for
 * that context, except `concat`, which only joins: its result is text like
 * any answer, escaped where it is written and raw for the helper it is given to.
 */
export function registerHelpers(handlebars: Handlebars, escaping?: TextContext): void {
  const helper = (name: (typeof HELPER_NAMES)[number], fn: (...args: unknown[]) => string | number): void => {
    handlebars.registerHelper(name, escaping ? (...args: unknown[]) => new EscapedText(String(fn(...args))) : fn);
  };
  helper('md', (text) => markdownText(String(text)));
  // In a table cell `|` is escaped inside inline code too.
  helper('cell', (text) => markdownCell(String(text)));
  // {{para text}}: a wrapped paragraph. {{item "1." "**FR-1**: " text}}: a wrapped list item.
  helper('para', (text) => wrapMarkdown('', String(text), 0));
  helper('item', (marker, lead, text) => {
    const listMarker = String(marker);
    const indent = (listMarker.split(' ')[0]?.length ?? 1) + 1;
    return wrapMarkdown(`${listMarker} ${String(lead)}`, String(text), indent);
  });
  helper('js', (value) => JSON.stringify(value));
  helper('inc', (index) => Number(index) + 1);
  const join = (...args: unknown[]): string => args.slice(0, -1).join('');
  if (escaping) handlebars.registerHelper('concat', (...args: unknown[]) => userText(join(...args), escaping));
  else helper('concat', join);
  helper('slug', (text) => slugify(String(text)));
  // {{formatDate today "D MMMM YYYY"}}: dayjs format tokens; dates are YYYY-MM-DD days, no time zone.
  helper('formatDate', (date, format) => formatDay(String(date), typeof format === 'string' ? format : 'YYYY-MM-DD'));
}

/** A built-in template's source, from specwright's own templates/ folder (never the user's repository). */
export function builtInTemplateSource(name: TemplateName): string {
  return readFileSync(`${TEMPLATES_DIR}${name}.hbs`, 'utf8');
}

/**
 * Built dist/ ships the templates precompiled, so a run loads only the
 * Handlebars runtime (the compiler and source-map cost ~25 ms). From src/
 * (tests, tsx) the same templates are compiled from templates/ on first use.
 * A private environment either way: our helpers never leak into a plopfile's
 * global Handlebars.
 */
function loadTemplates(): Record<TemplateName, HandlebarsNamespace.TemplateDelegate> {
  if (RUNNING_FROM_DIST && existsSync(PRECOMPILED)) {
    const runtime = (HandlebarsRuntime as unknown as Handlebars).create();
    registerHelpers(runtime);
    const specs = require(PRECOMPILED) as Record<TemplateName, TemplateSpec>;
    return Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, runtime.template(specs[name])])) as Record<TemplateName, HandlebarsNamespace.TemplateDelegate>;
  }
  const compiler = (require('handlebars') as Handlebars).create();
  registerHelpers(compiler);
  return Object.fromEntries(
    TEMPLATE_NAMES.map((name) => [name, compiler.compile(builtInTemplateSource(name), COMPILE_OPTIONS)]),
  ) as Record<TemplateName, HandlebarsNamespace.TemplateDelegate>;
}

let templates: ReturnType<typeof loadTemplates> | undefined;

/** Templates are loaded (and compiled, if need be) once per process. */
export function template(name: TemplateName): HandlebarsNamespace.TemplateDelegate {
  templates ??= loadTemplates();
  return templates[name];
}
