import type { Node } from 'commonmark';

/**
 * The text a node renders, inline code written back between backticks: what
 * a user typed, when user text may hold inline code (`--json`). A code
 * literal holding a single backtick is written between double backticks, as
 * prettier writes it.
 */
export function typedOf(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const { type, literal } = event.node;
    if (type === 'text') text += literal ?? '';
    if (type === 'code') text += literal?.includes('`') ? `\`\`${literal}\`\`` : `\`${literal ?? ''}\``;
    if (type === 'softbreak' || type === 'linebreak') text += ' ';
  }
  return text;
}
