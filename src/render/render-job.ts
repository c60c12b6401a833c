import type { RenderedFile } from './render-files.js';
export type { TeamSources } from './team-runtime.js';

/** What the render worker says, in order: each team template it starts, then the files, a template mistake or a bug. */
export type RenderReport =
  | { readonly rendering: string }
  | { readonly files: RenderedFile[] }
  | { readonly mistake: { readonly message: string; readonly hint: string | undefined } }
  | { readonly bug: string };
