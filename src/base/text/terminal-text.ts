/**
 * What text from a file may not send to a terminal: control characters (an
 * escape sequence in a title would drive the terminal: ESC, CSI as 0x9b, OSC
 * ended by BEL), line and paragraph separators, and bidi controls (Trojan
 * Source).
 */
export const TERMINAL_UNSAFE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The same set, without the line break and the tab that multi-line output keeps. */
const UNSAFE_IN_LINES = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * What the user sees instead of an unsafe character: it must show that
 * something was there, and which. C0 controls and DEL become their control
 * pictures (ESC is ␛, BEL is ␇), one column wide like the character they
 * stand for; the others (C1 controls, bidi controls, separators) have no
 * picture and become their code point, `<U+202E>`.
 */
export function visibleControl(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** One line safe to print in a terminal: every unsafe character, line breaks and tabs included, shown visibly. */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, visibleControl);
}

/** Lines safe to print: every unsafe character shown visibly, the line breaks and tabs kept. */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE_IN_LINES, visibleControl);
}

/**
 * A JSON line for a terminal or a pipe. JSON.stringify escapes only C0
 * controls, so DEL, C1 controls (0x9b is a CSI to many terminals), bidi
 * controls and U+2028/U+2029 would reach the terminal raw; they are escaped
 * as \uXXXX, which every JSON reader turns back into the same character, so
 * the data is unchanged.
 */
export function terminalJson(value: unknown): string {
  return `${JSON.stringify(value).replace(TERMINAL_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
