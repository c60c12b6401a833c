/** A dry run's lines of one file, before and after, as renumber and milestone print them: `   12: - old` then `       + new`. */
export function changedLinesText(lines: readonly { readonly line: number; readonly before: string; readonly after: string }[]): string[] {
  return lines.map((l) => `${String(l.line).padStart(5)}: - ${l.before}\n       + ${l.after}`);
}
