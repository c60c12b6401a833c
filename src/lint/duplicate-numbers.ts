import { finding, type Finding } from './lint-rules.js';

export interface NumberedSpec {
  /** Relative to the root. */
  readonly path: string;
  readonly id: string | undefined;
  readonly number: string | undefined;
}

/** A dated id (`20261127-…`) names its day, which specs may share; only sequence numbers must be unique. */
function isSequenceNumber(number: string): boolean {
  return number.length <= 6;
}

/** Each spec whose number another spec also has: one finding per file, naming the others and the fix. */
export function duplicateNumbers(specs: readonly NumberedSpec[]): Finding[] {
  const byNumber = new Map<number, NumberedSpec[]>();
  for (const spec of specs) {
    if (spec.number === undefined || !isSequenceNumber(spec.number)) continue;
    const key = Number(spec.number);
    const same = byNumber.get(key);
    if (same) same.push(spec);
    else byNumber.set(key, [spec]);
  }
  const found: Finding[] = [];
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    for (const spec of same) {
      const others = same.filter((other) => other !== spec).map((other) => other.path);
      found.push(
        finding(spec.path, 0, 'duplicate-number', `number ${spec.number} is also the number of ${others.join(', ')}`, `Give one of them a free number: specwright renumber ${spec.id ?? spec.path}`),
      );
    }
  }
  return found;
}
