import type { CodeStyle, CodeStyleField } from '../../config/code-style.js';
import type { Detected } from '../detect-framework.js';

/** What one source says of the code style: each field it settles, with what showed it. */
export type StyleFindings = { -readonly [F in CodeStyleField]?: Detected<CodeStyle[F]> };

/** Each field from the first source that settles it (sources strongest first). */
export function firstSaying(...sources: readonly (StyleFindings | undefined)[]): StyleFindings {
  const merged: Record<string, unknown> = {};
  for (const source of sources) {
    if (!source) continue;
    for (const [field, found] of Object.entries(source)) if (found !== undefined && !(field in merged)) merged[field] = found;
  }
  return merged as StyleFindings;
}

/** `value` with `evidence`, for one field. */
export const said = <T>(value: T, evidence: string): Detected<T> => ({ value, evidence });
