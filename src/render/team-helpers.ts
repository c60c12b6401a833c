import type HandlebarsNamespace from 'handlebars';
import { BUDGET_TEXT, MAX_RENDERED_BYTES } from './render-budget.js';
import { RenderMistake } from './render-mistake.js';
import { registerHelpers } from './templates.js';
import { isGroup, noteFound } from './written-values.js';
import { EscapedText, UserText, type TextContext } from './user-text.js';

type Handlebars = typeof HandlebarsNamespace;
type Options = { fn?: unknown; loc?: { start: { line: number } } };

/**
 * How each helper a team template may call is written: a call that does not
 * look like this (too few or too many arguments, a block where a value is
 * meant, or the other way round) is a mistake, not something to guess at.
 */
const USAGE: Record<string, { readonly args: readonly [number, number]; readonly block: boolean; readonly example: string }> = {
  md: { args: [1, 1], block: false, example: '{{md text}}' },
  cell: { args: [1, 1], block: false, example: '{{cell text}}' },
  para: { args: [1, 1], block: false, example: '{{para text}}' },
  item: { args: [3, 3], block: false, example: '{{item "1." "**FR-1**: " text}}' },
  js: { args: [1, 1], block: false, example: '{{js text}}' },
  inc: { args: [1, 1], block: false, example: '{{inc @index}}' },
  concat: { args: [1, Infinity], block: false, example: '{{concat "FR: " text}}' },
  slug: { args: [1, 1], block: false, example: '{{slug text}}' },
  formatDate: { args: [1, 2], block: false, example: '{{formatDate today "D MMMM YYYY"}}' },
  lookup: { args: [2, 2], block: false, example: '{{lookup requirements 0}}' },
  each: { args: [1, 1], block: true, example: '{{#each requirements}}…{{/each}}' },
  if: { args: [1, 1], block: true, example: '{{#if purpose}}…{{/if}}' },
  unless: { args: [1, 1], block: true, example: '{{#unless purpose}}…{{/unless}}' },
  with: { args: [1, 1], block: true, example: '{{#with testStub}}…{{/with}}' },
};

/** The helpers that write text: given a list or a group of fields, they would write "a,b" or "[object Object]". */
const TEXT_HELPERS: ReadonlySet<string> = new Set(['md', 'cell', 'para', 'item', 'inc', 'concat', 'slug', 'formatDate']);

/** Helpers a team template cannot call: `log` writes to the console (and so into `--json` output). */
export const FORBIDDEN_HELPERS = ['log'] as const;

const isText = (value: unknown): boolean => typeof value === 'string' || value instanceof UserText || value instanceof EscapedText;

/** What `{{#each}}` was given, in the words of the data a template gets. */
function kindOf(value: unknown): string {
  if (isText(value)) return `text (${JSON.stringify(String(value))})`;
  return typeof value === 'boolean' ? `a yes/no value (${String(value)})` : `a ${typeof value} (${String(value)})`;
}

/** The reason a call is wrong, or undefined when it is written as the helper expects. */
function misuse(name: string, args: readonly unknown[], options: Options): string | undefined {
  const usage = USAGE[name];
  if (!usage) return undefined;
  const [min, max] = usage.args;
  // As it is written in the template: {{#each}} for a block.
  const shown = usage.block ? `{{#${name}}}` : `{{${name}}}`;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} or ${max}`;
    return `${shown} takes ${expected} argument${max === 1 || (min === 1 && max === Infinity) ? '' : 's'}, not ${args.length}: write ${usage.example}`;
  }
  const isBlock = typeof options.fn === 'function';
  if (usage.block && !isBlock) return `{{${name}}} is a block: write ${usage.example}`;
  if (!usage.block && isBlock) return `{{${name}}} is not a block: write ${usage.example}`;
  // Handlebars does not check a helper's arguments even in strict mode: a misspelt field arrives as undefined.
  if (args.some((arg) => arg === undefined)) return `${shown} was given a field that does not exist (check its spelling; README.md, "Your own templates", lists the data a template gets)`;
  if (TEXT_HELPERS.has(name) && args.some(isGroup)) return `{{${name}}} takes text, and was given ${args.some(Array.isArray) ? 'a list' : 'a group of fields'}: give it one of its fields, or go over it with {{#each}}`;
  if (name === 'inc' && typeof args[0] !== 'number') return `{{inc}} adds 1 to a number such as @index, not ${kindOf(args[0])}`;
  if (name === 'each' && (typeof args[0] !== 'object' || args[0] === null || isText(args[0]))) {
    return `{{#each}} goes over a list (requirements, stories, phases, a phase's tasks, milestones), not ${kindOf(args[0])}`;
  }
  return undefined;
}

/**
 * `{{#each}}`'s options with a block that counts what it makes: nested
 * {{#each}}s multiply, so the first one whose output passes the budget stops
 * the render at once, naming its line, instead of running for minutes.
 */
function withinBudget(options: Options, line: number | undefined): Options {
  const block = options.fn as (...args: unknown[]) => string;
  let made = 0;
  const fn = (...args: unknown[]): string => {
    const text = block(...args);
    // Characters never outnumber UTF-8 bytes: past the budget in characters is past it in bytes.
    made += text.length;
    if (made > MAX_RENDERED_BYTES) throw new RenderMistake(`this {{#each}} makes more than ${BUDGET_TEXT} of text, the most a rendered file may be ({{#each}} blocks nested in each other multiply)`, line);
    return text;
  };
  return { ...options, fn };
}

/**
 * The helpers of a team's templates: the built-in ones (registerHelpers), each
 * checked before it runs (see USAGE), and any failure inside one reported
 * with its line, since Handlebars gives a helper's errors none.
 */
export function registerTeamHelpers(handlebars: Handlebars, context: TextContext): void {
  registerHelpers(handlebars, context);
  for (const name of FORBIDDEN_HELPERS) handlebars.unregisterHelper(name);
  for (const [name, helper] of Object.entries(handlebars.helpers)) {
    handlebars.registerHelper(name, function (this: unknown, ...all: unknown[]) {
      const options = all[all.length - 1] as Options;
      const line = options.loc?.start.line;
      const fail = (reason: string): never => {
        throw new RenderMistake(reason, line);
      };
      const reason = misuse(name, all.slice(0, -1), options);
      if (reason) fail(reason);
      if (name === 'each') all[all.length - 1] = withinBudget(options, line);
      // A block's mistakes are in its content, which Handlebars places itself (or templateError does).
      if (typeof options.fn === 'function') {
        try {
          return (helper as (...args: unknown[]) => unknown).apply(this, all);
        } catch (error) {
          // …except a mistake Handlebars could not place ({{this}} written as text): the block around it is the nearest line.
          if (error instanceof RenderMistake && error.lineNumber === undefined) throw new RenderMistake(`${error.message} (inside this {{#${name}}})`, line);
          throw error;
        }
      }
      let result: unknown;
      try {
        result = (helper as (...args: unknown[]) => unknown).apply(this, all);
      } catch (error) {
        fail(`{{${name}}}: ${error instanceof Error ? error.message : String(error)}`);
      }
      // `{{lookup requirements 9}}`: Handlebars' strict mode does not cover lookup; a missing field is a mistake like any other.
      if (name === 'lookup' && result === undefined) fail(`{{lookup}} found no field ${JSON.stringify(all[1])} there`);
      if (name === 'lookup') noteFound(result, `{{lookup … ${JSON.stringify(all[1])}}}`, line);
      return result;
    });
  }
}
