import { escapedWords, escapeLineStart } from './markdown-text.js';

/** markdownlint's default line length (MD013). */
export const LINE_WIDTH = 80;

/**
 * User text as Markdown, wrapped at word boundaries so no line passes
 * LINE_WIDTH (a single word longer than that stays whole, as MD013 allows).
 * `lead` is trusted Markdown (a list marker, `**FR-1**: `); continuation lines
 * are indented by `indent` so they stay inside the list item. Every line's
 * first word is escaped as a line start, so wrapping can never turn text into
 * a list, a heading or a setext underline.
 */
export function wrapMarkdown(lead: string, text: string, indent: number, width = LINE_WIDTH): string {
  // Split at spaces outside inline code: a code span is never cut.
  const words = escapedWords(text);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = lead;
  let lineHasWord = false;
  for (const word of words) {
    const candidate = lineHasWord ? `${line} ${word}` : `${line}${escapeLineStart(word)}`;
    if (lineHasWord && candidate.length > width) {
      lines.push(line);
      line = `${pad}${escapeLineStart(word)}`;
    } else {
      line = candidate;
    }
    lineHasWord = true;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
