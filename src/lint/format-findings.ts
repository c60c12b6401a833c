import { terminalText, terminalJson } from '../base/text/terminal-text.js';
import type { Finding } from './lint-rules.js';

export interface Totals {
  readonly specs: number;
  readonly errors: number;
  readonly warnings: number;
}

export function totalsOf(findings: readonly Finding[], specs: number): Totals {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { specs, errors, warnings: findings.length - errors };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `docs/specs/0001-x.md:12: error placeholder: "[Date]" is left from the template. Fill it in, or delete it.`,
 * a line each, then the totals. A rule's hint follows its first finding only:
 * thirty untested requirements need the fix said once, not thirty times (JSON keeps a hint per finding).
 */
export function findingsText(findings: readonly Finding[], totals: Totals, shown: (file: string) => string): string {
  const hinted = new Set<string>();
  const lines = findings.map((f) => {
    const hint = hinted.has(f.rule) ? '' : ` ${f.hint}`;
    hinted.add(f.rule);
    return terminalText(`${shown(f.file)}${f.line > 0 ? `:${f.line}` : ''}: ${f.severity} ${f.rule}: ${f.message}.${hint}`);
  });
  const checked = `${plural(totals.specs, 'spec')} checked`;
  lines.push(findings.length === 0 ? `${checked}: no findings.` : `${checked}: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}.`);
  return `${lines.join('\n')}\n`;
}

export function findingsJson(findings: readonly Finding[], totals: Totals): string {
  return terminalJson({ ...totals, findings });
}

/** GitHub's escaping of a workflow command's message (`%`, CR, LF) and of its properties (also `:` and `,`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,title=…::…`: GitHub Actions shows each on the pull request's diff. */
export function findingsGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const where = [`file=${escapeProperty(terminalText(f.file))}`, ...(f.line > 0 ? [`line=${f.line}`] : []), `title=${escapeProperty(`specwright ${f.rule}`)}`];
      return `::${f.severity} ${where.join(',')}::${escapeData(terminalText(`${f.message}. ${f.hint}`))}\n`;
    })
    .join('');
}
