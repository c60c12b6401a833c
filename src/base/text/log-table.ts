/**
 * The Changelog table's form, written by `new` and kept by `status`.
 *
 * Wanted: a spec that passes markdownlint's defaults and `prettier --check`
 * passes both after any number of `status --note` rows, and logging a status
 * adds one line, so two branches that each log one conflict on that line
 * only. Tried against markdownlint 0.40 and prettier 3.10:
 * - rows aligned (padded to the widest cell): prettier is content, but a long
 *   note passes 80 columns (MD013) and every wider row re-pads every row;
 * - rows compact (`| a | b |`), nothing else: prettier --check re-pads them,
 *   and MD013 still counts them;
 * - the note kept out of the row: rows stay short, but the first status is
 *   already wider than "Initial draft", so every row is re-padded anyway;
 * - markdownlint-disable MD013 around an aligned table: MD013 content, the
 *   re-padding stays;
 * - compact rows after `<!-- prettier-ignore -->` (prettier leaves the table
 *   as written), inside a `markdownlint-disable MD013` / `enable` pair (long
 *   rows allowed there only; MD060 accepts compact rows): both tools content,
 *   and a new row is one new line. Chosen, with one more guard: biome (2.x)
 *   formats Markdown too, pads tables, and ignores prettier's comment; its
 *   own `<!-- biome-ignore format: … -->` must stand right before the table,
 *   where prettier's single-node comment has to be, so prettier's is the
 *   range form (`prettier-ignore-start` / `-end`) around both. prettier
 *   wants the blank line before the closing comments.
 */
/** The lines before the table's first row. */
export const LOG_TABLE_BEFORE = ['<!-- markdownlint-disable MD013 -->', '<!-- prettier-ignore-start -->', '<!-- biome-ignore format: a log, one row per change -->'] as const;
/** The lines after its last row. */
export const LOG_TABLE_AFTER = ['', '<!-- prettier-ignore-end -->', '<!-- markdownlint-enable MD013 -->'] as const;

/**
 * Is this line (trimmed) a comment that keeps a formatter off the table below
 * it: biome's, or prettier's (the single-node form an earlier version wrote)?
 */
export function isFormatterIgnore(line: string): boolean {
  return /^<!--\s*(?:prettier-ignore|biome-ignore format:.*?)\s*-->$/.test(line.trim());
}

/** One row of cells that are Markdown already (escaped by the caller), never padded. */
export function compactRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The delimiter row under a header of `columns` cells. */
export function compactDelimiter(columns: number): string {
  return compactRow(Array.from({ length: columns }, () => '---'));
}

/** The table's lines, guarded as above: header, delimiter, rows (cells escaped by the caller). */
export function logTableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [...LOG_TABLE_BEFORE, compactRow(header), compactDelimiter(header.length), ...rows.map(compactRow), ...LOG_TABLE_AFTER];
}

