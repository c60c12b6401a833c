import type HandlebarsNamespace from 'handlebars';
import { RenderMistake } from './render-mistake.js';

type TemplateSpec = Parameters<(typeof HandlebarsNamespace)['template']>[0];
type Loc = { start: { line: number } } | undefined;
interface Container {
  strict(obj: unknown, name: string, loc: Loc): unknown;
  escapeExpression(value: unknown): string;
  specwrightGuarded?: true;
}

/** A list or a group of fields: what `{{value}}` cannot write (it would come out as "[object Object]" or "a,b"). Answers and helper results carry toHTML. */
export const isGroup = (value: unknown): boolean => Array.isArray(value) || (typeof value === 'object' && value !== null && typeof (value as { toHTML?: unknown }).toHTML !== 'function');

const kind = (value: unknown): string => (Array.isArray(value) ? 'a list' : 'a group of fields');

/**
 * Makes `{{value}}` refuse a list or a group of fields. Handlebars gives its
 * escaping function no line, so the line is that of the strict lookup that
 * just found the value (`{{stories}}`); for `{{this}}` there is none, and the
 * block around it adds its own (team-helpers.ts).
 */
/** The value a strict lookup or `{{lookup}}` found last, how the template named it, and its line (rendering is synchronous: one at a time). */
let found: { value: unknown; shown: string; line: number | undefined } | undefined;

/** Called by `{{lookup}}` (team-helpers.ts), whose result Handlebars writes with no line either. */
export function noteFound(value: unknown, shown: string, line: number | undefined): void {
  found = { value, shown, line };
}

function guard(container: Container): void {
  if (container.specwrightGuarded) return;
  container.specwrightGuarded = true;
  const strict = container.strict;
  const escape = container.escapeExpression;
  container.strict = (obj, name, loc) => {
    const value = strict(obj, name, loc);
    noteFound(value, `"${name}"`, loc?.start.line);
    return value;
  };
  container.escapeExpression = (value) => {
    if (!isGroup(value)) return escape(value);
    const named = found?.value === value ? found : undefined;
    const what = named ? `${named.shown} is ${kind(value)}, not text` : `{{this}} here is ${kind(value)}, not text`;
    throw new RenderMistake(`${what}: write one of its fields, or go over it with {{#each}}`, named?.line);
  };
}

/** The template's functions, each guarding the container Handlebars hands it (see guard) before it runs. */
export function guardWrites(spec: TemplateSpec): TemplateSpec {
  const guarded: Record<string, unknown> = { ...(spec as Record<string, unknown>) };
  for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
    if (typeof value !== 'function') continue;
    guarded[key] = function (this: unknown, container: Container, ...rest: unknown[]): unknown {
      guard(container);
      return (value as (...args: unknown[]) => unknown).call(this, container, ...rest);
    };
  }
  return guarded as TemplateSpec;
}
