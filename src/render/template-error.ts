import { UsageError } from '../base/errors.js';
import { HELPER_NAMES } from './templates.js';

/** A team template that cannot be used: exit 2, naming the file and the line, before anything is written. */
export class TemplateError extends UsageError {}

/** Handlebars' messages, said the way a template's author thinks of them. */
function plainReason(message: string): string {
  const helper = /used the unknown helper (\S+)/.exec(message);
  if (helper) return `unknown helper "${helper[1]}"; the helpers are ${HELPER_NAMES.join(', ')} and Handlebars' own (if, unless, each, with, lookup)`;
  const field = /^"([^"]+)" not defined in/.exec(message);
  if (field) return `unknown field "${field[1]}" (README.md, "Your own templates", lists the data a template gets)`;
  if (message === 'Maximum call stack size exceeded') return 'nests too deeply to render (a partial that includes itself?)';
  if (message === 'Invalid string length') return 'makes more text than a file can hold';
  return message;
}

/** `Parse error on line 3: …`, `… - 3:4` → the line, and what is wrong without Handlebars' internals. */
function located(error: unknown): { line: number | undefined; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const lineNumber = (error as { lineNumber?: number }).lineNumber;
  const parsed = /^(?:Parse|Lexical) error on line (\d+)[:.].*\n(.*)\n/.exec(message);
  if (parsed) {
    const got = /got '([^']+)'$/.exec(message)?.[1];
    return { line: Number(parsed[1]), reason: `cannot be parsed near ${JSON.stringify(parsed[2]!.trim())}${got && got !== 'INVALID' ? ` (unexpected ${got})` : ''}` };
  }
  const suffix = / - (\d+):(\d+)$/.exec(message);
  const line = lineNumber ?? (suffix ? Number(suffix[1]) : undefined);
  return { line, reason: plainReason(message.replace(/ - \d+:\d+$/, '')) };
}

/** The property a partial's error carries its file in. */
export const IN_FILE = 'specwrightTemplateFile';

/** What to do about any mistake in a team template. */
export const TEMPLATE_HINT = 'Fix the template, or remove it to use the built-in one (`specwright eject` copies the built-in ones to start from).';

/** Handlebars' error (parse, unknown helper, strict-mode field) → one line with the file and line. */
export function templateError(template: string, error: unknown, texts: readonly (readonly [string, string])[] = []): TemplateError {
  // A mistake inside a partial is marked with the partial's file (team-runtime.ts).
  const marked = typeof error === 'object' && error !== null ? (error as { [IN_FILE]?: unknown })[IN_FILE] : undefined;
  const file = typeof marked === 'string' ? marked : template;
  // TypeErrors Handlebars throws without a line, placed by searching the templates.
  const placed = fieldOfPlainValue(error, file, texts) ?? climbTooFar(error, file, texts);
  if (placed) return new TemplateError(placed, TEMPLATE_HINT);
  const { line, reason } = located(error);
  // `{{this}}` outside any block, written as text (written-values.ts): nothing gave its line, so it is that of the first `{{this}}` or `{{.}}`.
  if (line === undefined && reason.startsWith('{{this}}')) {
    for (const [name, text] of searchOrder(file, texts)) {
      const at = text.split('\n').findIndex((row) => /\{\{~?\s*(?:this|\.)\s*~?\}\}/.test(row));
      if (at !== -1) return new TemplateError(`${name}, line ${at + 1}: ${reason}`, TEMPLATE_HINT);
    }
  }
  return new TemplateError(`${file}${line === undefined ? '' : `, line ${line}`}: ${reason}`, TEMPLATE_HINT);
}

/**
 * `{{id.length}}`: strict mode looks a field up with `in`, which throws a
 * TypeError, without a line, when the value is text, a number or yes/no.
 * The line is the first `x.<field>` in the template (else in a partial).
 */
function fieldOfPlainValue(error: unknown, file: string, texts: readonly (readonly [string, string])[]): string | undefined {
  const match = error instanceof TypeError ? /^Cannot use 'in' operator to search for '([^']*)' in ([\s\S]*)$/.exec(error.message) : null;
  if (!match) return undefined;
  const [, field, value] = match as unknown as [string, string, string];
  for (const [name, text] of searchOrder(file, texts)) {
    const found = firstUseOf(field, text);
    if (found) return `${name}, line ${found.line}: "${found.owner}" is ${JSON.stringify(value)}, which has no field "${field}" (README.md, "Your own templates", lists the data a template gets)`;
  }
  return `${file}: a value (${JSON.stringify(value)}) has no field "${field}" (README.md, "Your own templates", lists the data a template gets)`;
}

/** The template texts to search for a mistake's line: the file the error names first, then the others. */
const searchOrder = (file: string, texts: readonly (readonly [string, string])[]) => [...texts.filter(([name]) => name === file), ...texts.filter(([name]) => name !== file)];

/**
 * `{{#each ../../requirements}}` inside fewer blocks than it climbs: in strict
 * mode Handlebars reads a level that does not exist and throws a TypeError
 * without a line. The line is that of the `../…<field>` that climbs highest.
 */
function climbTooFar(error: unknown, file: string, texts: readonly (readonly [string, string])[]): string | undefined {
  const field = error instanceof TypeError ? /^Cannot read properties of undefined \(reading '([^']*)'\)$/.exec(error.message)?.[1] : undefined;
  if (field === undefined) return undefined;
  // The path that climbs highest is the one most likely to climb too far.
  let worst: { name: string; line: number; path: string; levels: number } | undefined;
  for (const [name, text] of searchOrder(file, texts)) {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/((?:\.\.\/)+)([\w@-]+)/g)) {
        const levels = match[1]!.length / 3;
        if (match[2] === field && (!worst || levels > worst.levels)) worst = { name, line: index + 1, path: match[0], levels };
      }
    });
  }
  return worst && `${worst.name}, line ${worst.line}: "${worst.path}" goes up more levels than there are blocks around it (each ../ leaves one {{#each}} or {{#with}}; @root.${field} is the top of the data)`;
}

/** The line of the first `{{owner.field}}` (any path with `field` after its first part) in a template's text. */
function firstUseOf(field: string, text: string): { line: number; owner: string } | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const insideMustaches = [...lines[index]!.matchAll(/\{\{([^}]*)\}/g)].map((m) => m[1]).join(' ');
    for (const token of insideMustaches.match(/[\w@[\]-]+(?:[./][\w@[\]-]+)+/g) ?? []) {
      const parts = token.split(/[./]/).map((part) => part.replace(/^\[|\]$/g, ''));
      const at = parts.indexOf(field, 1);
      if (at > 0) return { line: index + 1, owner: parts.slice(0, at).join('.') };
    }
  }
  return undefined;
}

