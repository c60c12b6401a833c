import path from 'node:path';
import { isEmptyDocsStub } from '../specs/docs-stub.js';
import { inFolder } from '../base/folder-rule.js';
import { openItems, type SpecWork } from '../specs/open-items.js';
import { readBytes } from '../specs/read-specs-folder.js';
import { isBinary } from '../base/text/text-bytes.js';
import { finding, type Finding } from './lint-rules.js';

/**
 * The spec's docs stub (`<docsDir>/<slug>.md`, where `new` writes it), when
 * it is there and still holds only the template's guidance; read through the
 * safe reader. A spec without a docs stub has nothing open there.
 */
export function emptyDocsStub(root: string, docsDir: string, slug: string | undefined): string | undefined {
  if (slug === undefined) return undefined;
  const relative = inFolder(docsDir, `${slug}.md`);
  const bytes = readBytes(path.join(root, relative));
  if (typeof bytes === 'string' || isBinary(bytes)) return undefined;
  return isEmptyDocsStub(bytes.toString('utf8')) ? relative : undefined;
}

/** lint's `open-at-state`: one warning on the spec's Status item when a spec at testing or later has items open. */
export function openAtState(file: string, line: number, state: string, work: SpecWork): Finding[] {
  const open = openItems(work);
  if (open.length === 0) return [];
  return [finding(file, line, 'open-at-state', `the spec is at "${state}" with items open: ${open.join('; ')}`)];
}
