import type { RenderedFile } from '../../src/render/render-files.js';

/** Three planned files in the writer's three folders, small enough to compare whole. */
export const PLANNED_FILES: readonly RenderedFile[] = [
  { path: 'docs/specs/0001-x.md', contents: 'spec\n' },
  { path: 'tests/x.test.ts', contents: 'stub\n' },
  { path: 'docs/features/x.md', contents: 'docs\n' },
];
