import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { PACKAGE_ROOT, RUNNING_FROM_DIST } from '../package-root.js';
import { markdownText } from './markdown-text.js';
import { wrapMarkdown } from './markdown-wrap.js';

type Handlebars = typeof HandlebarsNamespace;
type TemplateSpec = Parameters<Handlebars['template']>[0];

/** The package's `templates/` folder (never the cwd's), from src/, dist/ and an npx install alike. */
export const TEMPLATES_DIR = `${path.join(PACKAGE_ROOT, 'templates')}${path.sep}`;

export const TEMPLATE_NAMES = ['spec.md', 'test', 'docs.md'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/**
 * `noEscape`: the output is Markdown and code, not HTML; each context escapes
 * with its own helper instead (md, para, item for Markdown, js for code).
 * `strict`: a misspelt field is an error, not an empty string.
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Written by `npm run build` (scripts/precompile-templates.mjs) from templates/. */
export const PRECOMPILED = path.join(PACKAGE_ROOT, 'dist', 'precompiled-templates.cjs');

const require = createRequire(import.meta.url);

function registerHelpers(handlebars: Handlebars): void {
  handlebars.registerHelper('md', (text: unknown) => markdownText(String(text)));
  // {{para text}}: a wrapped paragraph. {{item "1." "**FR-1**: " text}}: a wrapped list item.
  handlebars.registerHelper('para', (text: unknown) => wrapMarkdown('', String(text), 0));
  handlebars.registerHelper('item', (marker: unknown, lead: unknown, text: unknown) => {
    const listMarker = String(marker);
    const indent = (listMarker.split(' ')[0]?.length ?? 1) + 1;
    return wrapMarkdown(`${listMarker} ${String(lead)}`, String(text), indent);
  });
  handlebars.registerHelper('js', (value: unknown) => JSON.stringify(value));
  handlebars.registerHelper('inc', (index: unknown) => Number(index) + 1);
  handlebars.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
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
    const runtime = (require('handlebars/runtime') as Handlebars).create();
    registerHelpers(runtime);
    const specs = require(PRECOMPILED) as Record<TemplateName, TemplateSpec>;
    return Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, runtime.template(specs[name])])) as Record<TemplateName, HandlebarsNamespace.TemplateDelegate>;
  }
  const compiler = (require('handlebars') as Handlebars).create();
  registerHelpers(compiler);
  return Object.fromEntries(
    TEMPLATE_NAMES.map((name) => [name, compiler.compile(readFileSync(`${TEMPLATES_DIR}${name}.hbs`, 'utf8'), COMPILE_OPTIONS)]),
  ) as Record<TemplateName, HandlebarsNamespace.TemplateDelegate>;
}

let templates: ReturnType<typeof loadTemplates> | undefined;

/** Templates are loaded (and compiled, if need be) once per process. */
export function template(name: TemplateName): HandlebarsNamespace.TemplateDelegate {
  templates ??= loadTemplates();
  return templates[name];
}
