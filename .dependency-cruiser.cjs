/**
 * The layers of src/ (drawn in src/README.md), checked on every `npm test`.
 * Type-only imports count (tsPreCompilationDeps): a type cycle is a cycle.
 *
 * Each folder may import only the folders listed for it below (ALLOWED); as
 * the list only ever points down the layers, no two folders can import each
 * other. The forbidden rules say the same things by name, so a violation
 * says which rule of the house it breaks.
 */

/** folder -> the folders of src/ it may import (besides itself). */
const ALLOWED = {
  // front ends: the use cases and their own I/O (the interview); base for errors and terminal text
  cli: ['app', 'prompts', 'base'],
  plop: ['app', 'prompts', 'base'],
  prompts: ['answers', 'model', 'base'],
  // use cases
  app: ['answers', 'project', 'config', 'detect', 'init', 'lint', 'model', 'plan', 'render', 'specs', 'views', 'repo', 'commit', 'base'],
  // domain
  // specs for the shape of the spec numbers in use (a type): app/ gathers them, plan/ reads nothing (rule planning-calls-no-reader)
  plan: ['answers', 'model', 'render', 'config', 'specs', 'base'],
  render: ['model', 'detect', 'config', 'commit', 'base'],
  project: ['config', 'detect', 'base'],
  lint: ['specs', 'base'],
  views: ['specs', 'base'],
  model: ['answers', 'config', 'base'],
  answers: ['base'],
  init: ['base'],
  detect: ['config', 'base'],
  config: ['commit', 'base'],
  // bottom
  // repo: git alone (the repository's root, branch tips, other branches' specs, git's user name)
  repo: ['specs', 'config', 'base'],
  // config for the facts' types (the id style, the layout)
  specs: ['config', 'base'],
  commit: ['base'],
  // ground
  base: [],
};

const folder = (name) => `^src/${name}/`;
const either = (names) => `^src/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between modules, type imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'No cycle between folders: the layers only point down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'front-ends-use-the-use-cases',
      comment: 'cli/ and plop/ reach the rest only through app/ (the use cases), besides their own I/O (prompts/) and base/.',
      severity: 'error',
      from: { path: either(['cli', 'plop']) },
      to: { path: '^src/', pathNot: either(['cli', 'plop', 'app', 'prompts', 'base']) },
    },
    {
      name: 'bin-starts-the-cli',
      comment: 'bin.ts starts the cli; anything it needs before (git started early, the signal guard) comes through app/.',
      severity: 'error',
      from: { path: '^src/bin\\.ts$' },
      to: { path: '^src/', pathNot: either(['cli', 'app']) },
    },
    {
      name: 'base-imports-nothing-of-ours',
      comment: 'base/ is the ground: errors, the safe reader, text, path rules. It imports nothing else of src/.',
      severity: 'error',
      from: { path: folder('base') },
      to: { path: '^src/', pathNot: folder('base') },
    },
    {
      name: 'writer-imports-only-base',
      comment: 'commit/ (the journaled all-or-nothing writer) sits at the bottom: it imports only base/.',
      severity: 'error',
      from: { path: folder('commit') },
      to: { path: '^src/', pathNot: either(['commit', 'base']) },
    },
    {
      name: 'document-does-not-import-views',
      comment: 'specs/ (the document: read, edit, summary) knows nothing of the views built on it (views/).',
      severity: 'error',
      from: { path: folder('specs') },
      to: { path: folder('views') },
    },
    {
      name: 'pure-rooms-touch-no-disk',
      comment: 'views/ (text from specs) and config/ (the facts) are pure: no file system, no process, not even the safe reader. (model/ and plan/: planning-is-pure.)',
      severity: 'error',
      from: { path: either(['views', 'config']) },
      to: { path: ['^(node:)?(fs|fs/promises|child_process)$', '^fs-extra$', '^src/base/read-regular-file\\.ts$'] },
    },
    {
      name: 'planning-is-pure',
      comment: 'model/ (answers -> model) and plan/ (the files to write, before anything is written) are pure: no file system, no process, not the safe reader. What exists on disk (specs, numbers, target files, the index) is gathered by app/ and passed in.',
      severity: 'error',
      from: { path: either(['model', 'plan']) },
      to: { path: ['^(node:)?(fs|fs/promises|child_process)$', '^fs-extra$', '^src/base/read-regular-file\\.ts$'] },
    },
    {
      name: 'planning-calls-no-reader',
      comment: 'plan/ may know the shape of what app/ gathered (the spec numbers in use, a type of specs/spec-numbers.ts), but calls no reader: repo/ reads git, the specs folder\'s readers read the disk.',
      severity: 'error',
      from: { path: folder('plan') },
      to: { path: [folder('repo'), '^src/specs/(spec-numbers|specs-folder-names|read-specs-folder)\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'nothing-imports-the-front-ends',
      comment: 'Only bin.ts and the front ends themselves load cli/ or plop/.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/bin\\.ts$', either(['cli', 'plop'])] },
      to: { path: either(['cli', 'plop']) },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (a moved file left behind an old path).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  allowed: [
    { from: { path: '^src/bin\\.ts$' }, to: { path: ['^src/(cli|app)/', '^node:', '^[^.]'] } },
    ...Object.entries(ALLOWED).map(([name, below]) => ({
      from: { path: folder(name) },
      to: { path: [either([name, ...below]), '^node:', '^(?!src/)'] },
    })),
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
