/**
 * `renumber`'s edit of a link's text: a link to the moved spec whose text is
 * its old number (`[0005](0016-audit-log.md)` once the target is renamed)
 * reads the new one (`[0016](0016-audit-log.md)`). A text that is the full
 * id is renamed with every other mention of it (idPattern); any other text
 * is the writer's and stays, and so does a link to another spec that keeps
 * the old number. Pure.
 */
import { replaceInLines, type TextEdit } from './renumber-edit.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file a link target names, without `<…>`, a `#heading` or a `?query`: `../specs/0016-audit-log.md#status` → `0016-audit-log.md`. */
function targetFileName(target: string): string {
  const path = target.replace(/^<|>$/g, '').split(/[#?]/)[0]!;
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * `text` with the text of each link to `newFileName` that reads `oldNumber`
 * (alone, or as inline code) changed to `newNumber`; the targets are already
 * renamed. An escaped `\[` opens no link, and an image's alt text is a link
 * text too.
 */
export function renumberLinkTexts(text: string, oldNumber: string, newNumber: string, newFileName: string): TextEdit {
  const link = new RegExp(`(?<!\\\\)\\[(\`?)${escape(oldNumber)}\\1\\]\\((\\s*)(<[^>\\n]*>|[^)\\s]*)`, 'g');
  return replaceInLines(text, link, (match: string, tick: string, blank: string, target: string) =>
    targetFileName(target) === newFileName ? `[${tick}${newNumber}${tick}](${blank}${target}` : match,
  );
}
