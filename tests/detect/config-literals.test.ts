import { describe, expect, test } from '@jest/globals';
import { arrayItems, entriesOf, exportedObject, keyOf, objectUnder, valueOf } from '../../src/detect/config-literals.js';

const VITEST = `import { defineConfig } from 'vitest/config';
// test: { include: ['commented-out/**'] }
export default defineConfig({
  plugins: [x({ test: { include: ['deep/**'] } })],
  "test": {
    dir: './tests',
    coverage: { include: ['src/**/*'] },
    exclude: [...configDefaults.exclude, 'e2e/**'],
  },
});
`;

describe('a config that is code, read as data', () => {
  test("the test block is the least nested one, and its own keys are read at its depth only", () => {
    const entries = entriesOf(objectUnder(VITEST, 'test')!);
    expect([...entries.values.keys()]).toEqual(['dir', 'coverage', 'exclude']);
    expect(keyOf(entries, 'dir')).toEqual({ strings: ['./tests'] });
    // coverage.include is coverage's, not the test include.
    expect(keyOf(entries, 'include')).toBeUndefined();
    // vite's optimizeDeps.include is vite's: without a test block there is none to read.
    expect(objectUnder("export default defineConfig({ optimizeDeps: { include: ['react-dom'] } });\n", 'test')).toBeUndefined();
  });

  test('string literals are data; calls, spreads and variables are code', () => {
    expect(valueOf("['a/**', \"b\", `c`]")).toEqual({ strings: ['a/**', 'b', 'c'] });
    expect(valueOf('getIncludes()')).toEqual({ code: 'getIncludes()' });
    expect(valueOf("[...configDefaults.exclude, 'e2e/**']")).toEqual({ code: "[...configDefaults.exclude, 'e2e/**']" });
    expect(valueOf('`${dir}/**`')).toEqual({ code: '`${dir}/**`' });
    expect(entriesOf(' include, dir: "x" ').values.get('include')).toBe('include');
    expect(entriesOf(' ...shared, dir: "x" ').spread).toBe(true);
  });

  test("the exported object of module.exports, export default and defineConfig; an array's items whole", () => {
    expect(exportedObject("module.exports = {\n  roots: ['<rootDir>/src'],\n};\n")).toBe("\n  roots: ['<rootDir>/src'],\n");
    expect(exportedObject('export default async () => load();\n')).toBeUndefined();
    expect(exportedObject("import type { Config } from 'jest';\n\nconst config: Config = {\n  roots: ['<rootDir>/src'],\n};\n\nexport default config;\n")).toBe("\n  roots: ['<rootDir>/src'],\n");
    expect(exportedObject('const config = {\n  spec: "test/**/*.spec.js",\n};\nmodule.exports = config;\n')).toBe('\n  spec: "test/**/*.spec.js",\n');
    expect(arrayItems("['packages/*', { test: { name: 'a' } }]")).toEqual(["'packages/*'", "{ test: { name: 'a' } }"]);
  });
});
