import { markdownText } from '../base/text/markdown-text.js';

/**
 * User text as a team template sees it. Handlebars escapes `{{name}}` by
 * calling the value's toHTML(); this gives the escaping of the file's own
 * context instead of HTML's, so a team template is as safe as the built-in
 * ones without thinking about it. Helpers get the raw text (toString,
 * toJSON), so `{{md name}}` and `{{js name}}` escape once, exactly as in the
 * built-in templates, and an ejected template renders the same bytes.
 * `{{{name}}}` is the raw text, on purpose.
 */
export class UserText {
  // Private fields (#), not TypeScript's `private`: a template sees only own
  // properties, so `{{name.escape}}` or `{{#each name}}` would reach these.
  readonly #text: string;
  readonly #escape: (text: string) => string;
  constructor(text: string, escape: (text: string) => string) {
    this.#text = text;
    this.#escape = escape;
  }
  toString(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.#text;
  }
  toHTML(): string {
    return this.#escape(this.#text);
  }
}

/** Inside a JavaScript string literal of any quote, or a line comment: no quote, backslash, `${` or line break survives. */
export function jsStringContent(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/'/g, '\\u0027')
    .replace(/`/g, '\\u0060')
    .replace(/\$/g, '\\u0024')
    .replace(/\*\//g, '*\\/');
}

export type TextContext = 'markdown' | 'code';

const ESCAPES: Record<TextContext, (text: string) => string> = { markdown: markdownText, code: jsStringContent };

/** Wraps what the user typed (an empty string stays '' so `{{#if purpose}}` still reads it as empty). */
export function userText(text: string, context: TextContext): UserText | string {
  return text === '' ? '' : new UserText(text, ESCAPES[context]);
}

/** A helper's result in a team template: already escaped for its context, and read as the same text by other helpers. */
export class EscapedText {
  // Private (#) for the same reason as UserText's fields.
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.#text;
  }
  toHTML(): string {
    return this.#text;
  }
}
