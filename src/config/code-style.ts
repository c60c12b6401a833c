/**
 * How a built-in test stub is written: the repository's code style, as its
 * formatter or linter wants it (detected, or set with the `stubStyle` key).
 * A leaf module: it reads nothing.
 */

export const QUOTE_STYLES = ['double', 'single'] as const;
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

export const TRAILING_COMMAS = ['all', 'es5', 'none'] as const;
export type TrailingCommas = (typeof TRAILING_COMMAS)[number];

export interface CodeStyle {
  readonly quotes: QuoteStyle;
  readonly semicolons: boolean;
  /** `tab`, or the number of spaces per level. */
  readonly indent: 'tab' | number;
  /** How many columns a tab counts for when measuring a line (prettier's tabWidth). */
  readonly tabWidth: number;
  /** The line width a long one-string call is broken at; undefined: never broken. */
  readonly width: number | undefined;
  /** After the one argument of a broken call: a comma with `all`, none with `es5` or `none` (prettier's rule). */
  readonly trailingCommas: TrailingCommas;
  /** Spaces inside the braces of `import { a, b }` (prettier's and biome's bracketSpacing; xo wants none). */
  readonly bracketSpacing: boolean;
}

/** The form the built-in templates render (templates/test-*.hbs): what a repository without evidence gets. */
export const CANONICAL_STYLE: CodeStyle = { quotes: 'double', semicolons: true, indent: 2, tabWidth: 2, width: undefined, trailingCommas: 'all', bracketSpacing: true };

export type CodeStyleField = keyof CodeStyle;
export const CODE_STYLE_FIELDS: readonly CodeStyleField[] = ['quotes', 'semicolons', 'indent', 'tabWidth', 'width', 'trailingCommas', 'bracketSpacing'];

/** The bounds of the numbers the `stubStyle` key accepts (the schema says the same). */
export const INDENT_RANGE = [1, 16] as const;
export const WIDTH_RANGE = [20, 1000] as const;

const inRange = (value: unknown, [low, high]: readonly [number, number]): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;

/**
 * The `stubStyle` key's object → the fields it sets, or the first problem
 * (`quotes must be "double" or "single"`). Every field is optional.
 */
export function parseStubStyle(raw: unknown): Partial<CodeStyle> | { readonly problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'must be an object such as {"quotes": "single", "semicolons": false}' };
  const style: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    switch (field) {
      case 'quotes':
        if (!QUOTE_STYLES.includes(value as QuoteStyle)) return { problem: `quotes must be "double" or "single", not ${JSON.stringify(value)}` };
        break;
      case 'semicolons':
      case 'bracketSpacing':
        if (typeof value !== 'boolean') return { problem: `${field} must be true or false, not ${JSON.stringify(value)}` };
        break;
      case 'indent':
        if (value !== 'tab' && !inRange(value, INDENT_RANGE)) return { problem: `indent must be "tab" or a number of spaces from ${INDENT_RANGE[0]} to ${INDENT_RANGE[1]}, not ${JSON.stringify(value)}` };
        break;
      case 'tabWidth':
        if (!inRange(value, INDENT_RANGE)) return { problem: `tabWidth must be a number from ${INDENT_RANGE[0]} to ${INDENT_RANGE[1]}, not ${JSON.stringify(value)}` };
        break;
      case 'width':
        if (!inRange(value, WIDTH_RANGE)) return { problem: `width must be a number of columns from ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]}, not ${JSON.stringify(value)}` };
        break;
      case 'trailingCommas':
        if (!TRAILING_COMMAS.includes(value as TrailingCommas)) return { problem: `trailingCommas must be "all", "es5" or "none", not ${JSON.stringify(value)}` };
        break;
      default:
        return { problem: `has no field ${JSON.stringify(field)}; its fields are ${CODE_STYLE_FIELDS.join(', ')}` };
    }
    style[field] = value;
  }
  return style as Partial<CodeStyle>;
}

/** `tab`, `2 spaces`: a value as `config` shows it. */
export function shownStyleValue(field: CodeStyleField, value: CodeStyle[CodeStyleField]): string {
  if (field === 'indent') return value === 'tab' ? 'tab' : `${String(value)} spaces`;
  if (field === 'width') return value === undefined ? 'none (never broken)' : String(value);
  if (field === 'semicolons' || field === 'bracketSpacing') return value ? 'yes' : 'no';
  return String(value);
}
