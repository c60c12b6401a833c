/**
 * How a built-in test stub is written: the repository's code style, as its
 * formatter or linter wants it (detected, or set with the `stubStyle` key).
 * A leaf module: it reads nothing.
 */

export const QUOTE_STYLES = ['double', 'single'] as const;
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

export const ARROW_PARENS = ['always', 'avoid'] as const;
export type ArrowParens = (typeof ARROW_PARENS)[number];

export const TRAILING_COMMAS = ['all', 'es5', 'none'] as const;
export type TrailingCommas = (typeof TRAILING_COMMAS)[number];

/**
 * Rules of the repository's linter that a stub line may break through what
 * the user typed (`${x}` in a todo's text, a backslash), and that a
 * `// eslint-disable-next-line` comment above that line then silences.
 */
export const LINT_RULES = ['no-template-curly-in-string', 'unicorn/prefer-string-raw'] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface CodeStyle {
  readonly quotes: QuoteStyle;
  /** The other quote where the text holds more of the preferred one (prettier, biome, standard); false: always the preferred one, escaped (xo). */
  readonly avoidEscape: boolean;
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
  /** `(t) => {` (always) or `t => {` (avoid: prettier's arrowParens, biome's arrowParentheses asNeeded, xo). */
  readonly arrowParens: ArrowParens;
  /** Detected only: the linter's rules the stub's strings may break (see LINT_RULES). */
  readonly lintRules: readonly LintRule[];
}

/** The form the built-in templates render (templates/test-*.hbs): what a repository without evidence gets. */
export const CANONICAL_STYLE: CodeStyle = { quotes: 'double', avoidEscape: true, semicolons: true, indent: 2, tabWidth: 2, width: undefined, trailingCommas: 'all', bracketSpacing: true, arrowParens: 'always', lintRules: [] };

export type CodeStyleField = keyof CodeStyle;
/** The fields the `stubStyle` key may set (lintRules is what the linter is, not a choice). */
export type ConfigurableStyleField = Exclude<CodeStyleField, 'lintRules'>;
export const CODE_STYLE_FIELDS: readonly ConfigurableStyleField[] = ['quotes', 'avoidEscape', 'semicolons', 'indent', 'tabWidth', 'width', 'trailingCommas', 'bracketSpacing', 'arrowParens'];

/** The bounds of the numbers the `stubStyle` key accepts (the schema says the same). */
export const INDENT_RANGE = [1, 16] as const;
export const WIDTH_RANGE = [20, 1000] as const;

const inRange = (value: unknown, [low, high]: readonly [number, number]): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;

/**
 * The `stubStyle` key's object → the fields it sets, or the first problem
 * (`quotes must be "double" or "single"`). Every field is optional.
 */
export function parseStubStyle(raw: unknown): Partial<Omit<CodeStyle, 'lintRules'>> | { readonly problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'must be an object such as {"quotes": "single", "semicolons": false}' };
  const style: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    switch (field) {
      case 'quotes':
        if (!QUOTE_STYLES.includes(value as QuoteStyle)) return { problem: `quotes must be "double" or "single", not ${JSON.stringify(value)}` };
        break;
      case 'semicolons':
      case 'avoidEscape':
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
      case 'arrowParens':
        if (!ARROW_PARENS.includes(value as ArrowParens)) return { problem: `arrowParens must be "always" or "avoid", not ${JSON.stringify(value)}` };
        break;
      default:
        return { problem: `has no field ${JSON.stringify(field)}; its fields are ${CODE_STYLE_FIELDS.join(', ')}` };
    }
    style[field] = value;
  }
  return style as Partial<Omit<CodeStyle, 'lintRules'>>;
}

/** `tab`, `2 spaces`: a value as `config` shows it. */
export function shownStyleValue(field: CodeStyleField, value: CodeStyle[CodeStyleField]): string {
  if (field === 'indent') return value === 'tab' ? 'tab' : `${String(value)} spaces`;
  if (field === 'width') return value === undefined ? 'none (never broken)' : String(value);
  if (field === 'semicolons' || field === 'bracketSpacing' || field === 'avoidEscape') return value ? 'yes' : 'no';
  if (field === 'lintRules') return (value as readonly string[]).length > 0 ? (value as readonly string[]).join(', ') : 'none';
  return String(value);
}
