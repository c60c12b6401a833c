/** Where a value came from: its default, detection (with what showed it), a config file, or a flag. */
export type Source = { readonly kind: 'default' } | { readonly kind: 'detected'; readonly evidence: string } | { readonly kind: 'config'; readonly label: string } | { readonly kind: 'flag'; readonly flag: string };

/** One effective value, as `specwright config` shows it, and its source. */
export interface Setting {
  readonly value: string;
  readonly source: Source;
}
