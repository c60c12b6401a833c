import { TEMPLATE_HINT, TemplateError } from './template-error.js';

type Node = { type: string; parts?: unknown; original?: unknown; loc?: { start: { line: number } }; [key: string]: unknown };

/**
 * The names every object inherits (`toString`, `constructor`, `__proto__`…).
 * Handlebars refuses to read them (prototype access, since 4.6), but quietly:
 * `{{name.toString}}` would render nothing and print a warning. None is a
 * field of the data a template gets.
 */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A template that names an inherited property (`{{name.constructor}}`) is refused when it is loaded, with its line. */
export function checkFieldNames(node: unknown, file: string): void {
  if (Array.isArray(node)) {
    for (const child of node) checkFieldNames(child, file);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  if (n.type === 'PathExpression' && Array.isArray(n.parts)) {
    const inherited = (n.parts as unknown[]).find((part) => typeof part === 'string' && INHERITED_NAMES.has(part));
    if (inherited !== undefined) {
      const line = n.loc?.start.line;
      throw new TemplateError(
        `${file}${line === undefined ? '' : `, line ${line}`}: "${String(n.original)}" names "${String(inherited)}", which is not a field of the data (README.md, "Your own templates", lists the data a template gets)`,
        TEMPLATE_HINT,
      );
    }
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && typeof value === 'object') checkFieldNames(value, file);
}
