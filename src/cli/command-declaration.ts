/**
 * A command declared once, as data: its flags (with their help, value,
 * default and allowed values) and the text of its help. The parseArgs options
 * are derived from it (`parseOptions`) and the --help screen rendered from it
 * (`renderHelp`), so the two cannot disagree. Declarations import nothing
 * heavy: printing help loads no template engine and no command module.
 */

/** One flag: what parseArgs needs (type, short, multiple) and what a reader needs. */
export interface FlagDeclaration {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias, as `-y`. */
  readonly short?: string;
  /** Repeatable: parseArgs collects every value. */
  readonly multiple?: true;
  /** How help shows the value, as `<dir>` (string flags). */
  readonly value?: string;
  /** The value when the flag is not given, as help says it (documentation: the command applies it). */
  readonly default?: string;
  /** The values the command accepts (documentation: the command checks them). */
  readonly values?: readonly string[];
  /** The help section the flag is listed in (default: "Options"). */
  readonly group?: string;
  /** The help: one line, or several (continuation lines line up under the first). */
  readonly help: readonly string[];
}

export type FlagDeclarations = Readonly<Record<string, FlagDeclaration>>;

/** A part of the help screen: text as it is, or the flags of one group under a heading. */
export type HelpSection = string | { readonly heading: string; readonly group: string };

export interface CommandDeclaration<F extends FlagDeclarations = FlagDeclarations> {
  readonly name: string;
  /** The main help's line: how to call it, and what it does. */
  readonly synopsis: string;
  readonly summary: string;
  /** The first line of its help, after "specwright <name>: ". */
  readonly title: string;
  readonly usage: readonly string[];
  /** Whether it takes arguments besides flags (names, paths, a spec and a state). */
  readonly positionals: boolean;
  readonly flags: F;
  /** The group the flags every command takes (--cwd, --debug, --help) are listed in (default: "Options"). */
  readonly commonGroup?: string;
  /** Its help after the Usage section, in order; each section is separated by a blank line. */
  readonly sections: readonly HelpSection[];
}

/** What parseArgs reads of a flag; the rest is for people. */
export type OptionOf<D extends FlagDeclaration> = Pick<D, Extract<keyof D, 'type' | 'short' | 'multiple'>>;
export type OptionsOf<F extends FlagDeclarations> = { readonly [K in keyof F]: OptionOf<F[K]> };

/** The parseArgs options of some declared flags: only type, short and multiple (no `default`: the commands apply their own). */
export function parseOptions<F extends FlagDeclarations>(flags: F): OptionsOf<F> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: true }> = {};
  for (const [name, flag] of Object.entries(flags)) {
    options[name] = { type: flag.type, ...(flag.short === undefined ? {} : { short: flag.short }), ...(flag.multiple ? { multiple: flag.multiple } : {}) };
  }
  return options as OptionsOf<F>;
}
