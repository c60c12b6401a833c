import { Parser, type Node } from 'commonmark';
import { lint } from 'markdownlint/sync';
import * as prettier from 'prettier';

/** markdownlint with its default rules: every finding as one readable line. */
export function markdownlintFindings(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown } });
  return (results.doc ?? []).map((r) => `line ${r.lineNumber}: ${r.ruleNames.join('/')} ${r.ruleDescription} ${r.errorDetail ?? ''}`);
}

/** What prettier (default options) would make of the file. */
export function prettierFormat(markdown: string): Promise<string> {
  return prettier.format(markdown, { parser: 'markdown' });
}

/** The CommonMark tree: the way a renderer sees the file. */
export function parseCommonMark(markdown: string): Node {
  return new Parser().parse(markdown);
}

export function nodesOfType(root: Node, type: string): Node[] {
  const found: Node[] = [];
  const walker = root.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && event.node.type === type) found.push(event.node);
  }
  return found;
}

/** The plain text a node renders (text, code and line breaks as spaces). */
export function textOf(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const { type, literal } = event.node;
    if (type === 'text' || type === 'code') text += literal ?? '';
    if (type === 'softbreak' || type === 'linebreak') text += ' ';
  }
  return text;
}
