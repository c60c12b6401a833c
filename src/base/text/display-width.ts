import { eastAsianWidth } from 'get-east-asian-width';

const ASCII_PRINTABLE = /^[\x20-\x7E]*$/;

/**
 * Built on first non-ASCII use: the Unicode property regexes and the ICU
 * segmenter cost ~10 ms to create, which an ASCII-only run never pays.
 */
let unicode: { zeroWidth: RegExp; control: RegExp; wideEmoji: RegExp; segmenter: Intl.Segmenter } | undefined;

function unicodeTables(): NonNullable<typeof unicode> {
  unicode ??= {
    // Tested on one code point at a time: no anchors needed.
    zeroWidth: /[\p{Mn}\p{Me}]/u,
    control: /\p{Cc}/u,
    // Emoji shown two columns wide: default emoji presentation, or text forced to emoji by U+FE0F.
    wideEmoji: /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}/u,
    segmenter: new Intl.Segmenter('en', { granularity: 'grapheme' }),
  };
  return unicode;
}

/**
 * How many terminal columns `text` takes, the way Markdown formatters
 * (prettier) measure table cells: East Asian wide and fullwidth characters and
 * emoji count 2, combining marks 0.
 */
export function displayWidth(text: string): number {
  if (ASCII_PRINTABLE.test(text)) return text.length;
  const { zeroWidth, control, wideEmoji, segmenter } = unicodeTables();
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (wideEmoji.test(segment)) {
      width += 2;
      continue;
    }
    for (const ch of segment) {
      if (zeroWidth.test(ch) || control.test(ch)) continue;
      width += eastAsianWidth(ch.codePointAt(0) ?? 0, { ambiguousAsWide: false });
    }
  }
  return width;
}
