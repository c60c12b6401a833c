import path from 'node:path';
import type { Language, ModuleSystem, TestFramework } from '../config/config-keys.js';
import { commandOf, dependencyNames, ROOT_MANIFEST, type Detected } from './detect-framework.js';
import type { TestExtension, TestsPlace } from './detect-tests-dir.js';
import type { PackageInfo } from './find-package.js';
import type { ProjectFiles } from './project-files.js';
import { typescriptLoader, type TestCommand } from './test-script.js';
import { avaTypeScript, tapTypeScript } from './runner-defaults.js';
import { isObject } from '../base/is-object.js';


const JEST_CONFIGS = ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'];
const MOCHA_CONFIGS = ['.mocharc.json', '.mocharc.jsonc', '.mocharc.yml', '.mocharc.yaml', '.mocharc.js', '.mocharc.cjs'];
/** Packages that let jest run TypeScript test files (babel-jest, jest's default, with babel's TypeScript preset). */
const JEST_TRANSFORMS = ['ts-jest', '@swc/jest', '@babel/preset-typescript', 'esbuild-jest', '@swc-node/jest', 'sucrase-jest-plugin'];
/** A mocha config that loads TypeScript (`require: ts-node/register`, `import: tsx`) or looks for .ts files. */
const MOCHA_TYPESCRIPT = /\b(require|import|loader|node-option)\b["']?\s*[:=]\s*\[?\s*(-\s*)?["']?(import=|loader=|require=)?(tsx|ts-node|@swc-node\/register|esbuild-register)\b|\bextension["']?\s*:\s*\[?[^\]\n]*\bts\b/;

/**
 * How the package's test command can run TypeScript test files, in words for
 * `specwright config`; a string starting with "no" when it cannot.
 */
export function typescriptRunner(files: ProjectFiles, pkg: PackageInfo, framework: TestFramework, command: TestCommand | undefined, shown: (dir: string) => string): { can: boolean; how: string } {
  const prefix = shown(pkg.dir);
  const loader = command && command.framework === framework ? typescriptLoader(command) : undefined;
  // In a workspace package whose own script runs no such command, the command is the root's.
  const script = pkg.nested && commandOf(pkg.manifest)?.framework !== framework ? "the repository root's test script" : 'the test script';
  switch (framework) {
    case 'vitest':
      return { can: true, how: 'vitest runs TypeScript' };
    case 'jest': {
      for (const [manifest, name] of [[pkg.manifest, `${prefix}package.json`], [pkg.rootManifest, pkg.nested ? ROOT_MANIFEST : 'package.json']] as const) {
        const dep = JEST_TRANSFORMS.find((d) => dependencyNames(manifest).has(d));
        if (dep) return { can: true, how: `jest runs it with ${dep} (in the dependencies of ${name})` };
      }
      const key = pkg.manifest?.jest;
      if (isObject(key) && (key.preset === 'ts-jest' || key.transform !== undefined)) return { can: true, how: `jest runs it with the ${key.preset === 'ts-jest' ? 'ts-jest preset' : 'transform'} in ${prefix}package.json` };
      for (const name of JEST_CONFIGS) {
        const text = files.text(path.join(pkg.dir, name));
        if (text !== undefined && /["']?\b(preset["']?\s*:\s*["'`][^"'`]*ts-jest|transform["']?\s*:)/.test(text)) return { can: true, how: `jest runs it with the ${/preset/.test(text) && /ts-jest/.test(text) ? 'ts-jest preset' : 'transform'} in ${prefix}${name}` };
      }
      return { can: false, how: 'jest has no TypeScript transform here (ts-jest, @swc/jest or @babel/preset-typescript)' };
    }
    case 'node':
      return loader ? { can: true, how: `${script} runs ${command?.runner === 'borp' || command?.runner === 'bnt' ? '' : 'node with '}${loader}` } : { can: false, how: `${script} runs node --test without a TypeScript loader (--import tsx, tsx --test, …)` };
    case 'mocha': {
      if (loader) return { can: true, how: `${script} runs mocha with ${loader}` };
      if (command?.framework === 'mocha' && command.options.some((o) => o.name === '--extension' && o.value !== undefined && /\bts\b/.test(o.value))) return { can: true, how: `${script} runs mocha with --extension ts` };
      const key = pkg.manifest?.mocha;
      if (isObject(key) && MOCHA_TYPESCRIPT.test(JSON.stringify(key))) return { can: true, how: `mocha loads TypeScript per the "mocha" key of ${prefix}package.json` };
      for (const name of MOCHA_CONFIGS) {
        const text = files.text(path.join(pkg.dir, name));
        if (text !== undefined && MOCHA_TYPESCRIPT.test(text)) return { can: true, how: `mocha loads TypeScript per ${prefix}${name}` };
      }
      return { can: false, how: 'mocha loads no TypeScript here (ts-node or tsx in .mocharc, --require ts-node/register)' };
    }
    case 'ava':
      return avaTypeScript(files, pkg, prefix);
    case 'tap':
      return tapTypeScript(files, pkg, prefix);
  }
}

/**
 * The stub's language. The tests already there decide, whichever they are
 * written in; without any, a test pattern naming one kind of file decides;
 * else TypeScript where the package has a tsconfig.json (or its pattern
 * names .ts files) and its test command can run TypeScript (vitest always;
 * jest with a TypeScript transform; node or mocha with a loader), and
 * JavaScript otherwise, saying why.
 */
export function detectLanguage(files: ProjectFiles, pkg: PackageInfo, framework: TestFramework, command: TestCommand | undefined, place: TestsPlace, shown: (dir: string) => string): Detected<Language> {
  const { existing, pattern } = place;
  if (existing) return { value: existing.language, evidence: `${existing.evidence} (${existing.language === 'ts' ? 'TypeScript' : 'JavaScript'})` };
  if (pattern?.language === 'js') return { value: 'js', evidence: `${pattern.evidence} (JavaScript)` };
  const tsconfig = files.exists(path.join(pkg.dir, 'tsconfig.json')) ? `${shown(pkg.dir)}tsconfig.json` : undefined;
  const wanted = pattern?.language === 'ts' ? `${pattern.evidence} (TypeScript)` : tsconfig;
  if (wanted === undefined) return { value: 'js', evidence: `no tsconfig.json in ${shown(pkg.dir) || 'the root'}`.replace(/\/$/, '') };
  const runner = typescriptRunner(files, pkg, framework, command, shown);
  // vitest runs TypeScript as it is: nothing more to say.
  if (framework === 'vitest') return { value: 'ts', evidence: wanted };
  return runner.can ? { value: 'ts', evidence: `${wanted}, and ${runner.how}` } : { value: 'js', evidence: `${wanted}, but ${runner.how}` };
}

const LANGUAGE_OF: Readonly<Record<TestExtension, Language>> = { ts: 'ts', mts: 'ts', cts: 'ts', js: 'js', mjs: 'js', cjs: 'js' };

/**
 * The stub's extension: the one the test pattern binds (`test/*.test.mjs`),
 * else the one every existing test has, when it is of the stub's language;
 * else the language's own.
 */
export function detectExtension(language: Language, place: TestsPlace): Detected<TestExtension> | undefined {
  const { pattern, existing } = place;
  if (pattern?.extension && LANGUAGE_OF[pattern.extension] === language) return { value: pattern.extension, evidence: pattern.evidence };
  if (existing?.extension && LANGUAGE_OF[existing.extension] === language) return { value: existing.extension, evidence: existing.evidence };
  return undefined;
}

/**
 * ESM where the stub is a .mjs/.mts file or package.json says `"type": "module"`,
 * as Node reads a `.js` file; CommonJS for a .cjs/.cts file or otherwise.
 */
export function detectModule(pkg: PackageInfo, shown: (dir: string) => string, extension?: Detected<TestExtension>): Detected<ModuleSystem> {
  if (extension && /^[mc]/.test(extension.value)) {
    return { value: extension.value.startsWith('m') ? 'esm' : 'cjs', evidence: `.${extension.value} test files (${extension.evidence})` };
  }
  return pkg.manifest?.type === 'module'
    ? { value: 'esm', evidence: `"type": "module" in ${shown(pkg.dir)}package.json` }
    : { value: 'cjs', evidence: pkg.manifest ? `no "type": "module" in ${shown(pkg.dir)}package.json` : 'no package.json' };
}
