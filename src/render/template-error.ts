import { UsageError } from '../errors.js';
import { HELPER_NAMES } from './templates.js';

/** A team template that cannot be used: exit 2, naming the file and the line, before anything is written. */
export class TemplateError extends UsageError {}

/** Handlebars' messages, said the way a template's author thinks of them. */
function plainReason(message: string): string {
  const helper = /used the unknown helper (\S+)/.exec(message);
  if (helper) return `unknown helper "${helper[1]}"; the helpers are ${HELPER_NAMES.join(', ')} and Handlebars' own (if, unless, each, with, lookup)`;
  const field = /^"([^"]+)" not defined in/.exec(message);
  if (field) return `unknown field "${field[1]}" (README.md, "Your own templates", lists the data a template gets)`;
  return message;
}

/** `Parse error on line 3: …`, `… - 3:4` → the line, and what is wrong without Handlebars' internals. */
function located(error: unknown): { line: number | undefined; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const lineNumber = (error as { lineNumber?: number }).lineNumber;
  const parsed = /^Parse error on line (\d+):\n(.*)\n/.exec(message);
  if (parsed) {
    const got = /got '([^']+)'$/.exec(message)?.[1];
    return { line: Number(parsed[1]), reason: `cannot be parsed near ${JSON.stringify(parsed[2]!.trim())}${got && got !== 'INVALID' ? ` (unexpected ${got})` : ''}` };
  }
  const suffix = / - (\d+):(\d+)$/.exec(message);
  const line = lineNumber ?? (suffix ? Number(suffix[1]) : undefined);
  return { line, reason: plainReason(message.replace(/ - \d+:\d+$/, '')) };
}

/** Handlebars' error (parse, unknown helper, strict-mode field) → one line with the file and line. */
export function templateError(file: string, error: unknown): TemplateError {
  const { line, reason } = located(error);
  return new TemplateError(`${file}${line === undefined ? '' : `, line ${line}`}: ${reason}`, 'Fix the template, or remove it to use the built-in one (`specwright eject` copies the built-in ones to start from).');
}

