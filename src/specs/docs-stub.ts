/**
 * Whether a docs stub is still as `new` wrote it: under its `##` sections
 * nothing but headings, blank lines and the template's guidance comments
 * (`<!-- How to use the feature, step by step -->`). Pure; linear.
 */
const SECTION = /^ {0,3}##[ \t]/m;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** `text` without its HTML comments (an unclosed one runs to the end), found with indexOf: linear whatever the text. */
function withoutComments(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    parts.push(text.slice(at, open));
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return parts.join('');
    at = close + 3;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function isEmptyDocsStub(text: string): boolean {
  const first = SECTION.exec(text);
  if (!first) return false;
  return withoutComments(text.slice(first.index))
    .split(/\r\n|\r|\n/)
    .every((line) => line.trim() === '' || HEADING.test(line));
}
