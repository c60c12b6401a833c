import { eastAsianWidth } from 'get-east-asian-width';

const ASCII_PRINTABLE = /^[\x20-\x7E]*$/;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}]$/u;
const CONTROL = /^[\p{Cc}]$/u;
/** Emoji shown two columns wide: default emoji presentation, or text forced to emoji by U+FE0F. */
const WIDE_EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * How many terminal columns `text` takes, the way Markdown formatters
 * (prettier) measure table cells: East Asian wide and fullwidth characters and
 * emoji count 2, combining marks 0.
 */
export function displayWidth(text: string): number {
  if (ASCII_PRINTABLE.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (WIDE_EMOJI.test(segment)) {
      width += 2;
      continue;
    }
    for (const ch of segment) {
      if (ZERO_WIDTH.test(ch) || CONTROL.test(ch)) continue;
      width += eastAsianWidth(ch.codePointAt(0) ?? 0, { ambiguousAsWide: false });
    }
  }
  return width;
}
