import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { markdownText } from './markdown-text.js';
import { wrapMarkdown } from './markdown-wrap.js';

/**
 * The package's `templates/` folder, found from this module (not from the
 * cwd), so it works from `src/` under tsx and jest, from `dist/`, and from an
 * npx install alike.
 */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export type TemplateName = 'spec.md' | 'test' | 'docs.md';

/**
 * A private Handlebars environment: our helpers never leak into a plopfile's
 * global instance. `noEscape` because the output is Markdown and code, not
 * HTML: each context escapes with its own helper (md, js) instead.
 */
const handlebars = Handlebars.create();
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

const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

/** Compiles each template once per process. */
export function template(name: TemplateName): Handlebars.TemplateDelegate {
  let render = compiled.get(name);
  if (!render) {
    const source = readFileSync(`${TEMPLATES_DIR}${name}.hbs`, 'utf8');
    render = handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(name, render);
  }
  return render;
}
