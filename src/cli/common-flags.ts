import type { FlagDeclarations } from './command-declaration.js';

/** The flags every command takes besides its own, declared once. */
export const COMMON_FLAGS = {
  cwd: { type: 'string', value: '<dir>', help: ['run as if started in <dir> (and in its package, in a monorepo)'] },
  debug: { type: 'boolean', help: ['show stack traces for unexpected errors'] },
  help: { type: 'boolean', short: 'h', help: ['show this help'] },
} as const satisfies FlagDeclarations;
