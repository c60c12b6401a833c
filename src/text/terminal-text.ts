/**
 * What text from a file may not send to a terminal: control characters (an
 * escape sequence in a title would drive the terminal), line and paragraph
 * separators, and bidi controls (Trojan Source).
 */
export const TERMINAL_UNSAFE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Text safe to print in a terminal: each unsafe character becomes U+FFFD. */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '\uFFFD');
}

/** Lines safe to print: each line made safe, the line breaks kept. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}
