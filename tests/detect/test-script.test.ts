import { describe, expect, test } from '@jest/globals';
import { testCommand, testCommandOf, typescriptLoader } from '../../src/detect/test-script.js';

const read = (script: string) => {
  const command = testCommandOf(script);
  return command && { framework: command.framework, paths: command.paths };
};

describe('the command a test script runs its tests with', () => {
  test.each([
    ['vitest run', 'vitest', []],
    ['vitest run test/unit --reporter verbose', 'vitest', ['test/unit']],
    ['jest --config ./config/jest.config.js', 'jest', []],
    ['jest --config=./config/jest.config.js src/', 'jest', ['src/']],
    ['cross-env NODE_ENV=test jest --ci -w 2', 'jest', []],
    ['node --experimental-vm-modules node_modules/jest/bin/jest.js --ci', 'jest', []],
    ['mocha --require ./scripts/setup.js', 'mocha', []],
    ['mocha -r ./scripts/setup.js --timeout 5000 -g slow spec', 'mocha', ['spec']],
    ['mocha --spec spec/unit --ui bdd', 'mocha', ['spec/unit']],
    ['nyc mocha', 'mocha', []],
    ['node --test', 'node', []],
    ['node --loader ts-node/esm --test', 'node', []],
    ['node --require ./setup.cjs --test test/', 'node', ['test/']],
    ['node --import tsx --test', 'node', []],
    ['node --test --test-reporter spec test/', 'node', ['test/']],
    ['node --test test/*.test.mjs', 'node', ['test/*.test.mjs']],
    ['c8 node --test "test/**/*.test.js"', 'node', ['test/**/*.test.js']],
    ['tsx --test', 'node', []],
    ['tsc && vitest run', 'vitest', []],
    ['jest && eslint src/', 'jest', []],
    ['jest; echo done test/', 'jest', []],
    ['jest | tee out/log', 'jest', []],
  ] as const)('%s → %s %j', (script, framework, paths) => {
    expect(read(script)).toEqual({ framework, paths });
  });

  test.each(['npm test --workspaces', 'turbo run test', 'node scripts/test.js', 'node --require ./x.cjs scripts/test.js', 'echo "no tests"', 'lerna run test'])('%s runs no framework', (script) => {
    expect(testCommandOf(script)).toBeUndefined();
  });

  test('npm run follows the package\'s own scripts, and stops in a circle', () => {
    expect(testCommand({ test: 'npm run test:unit', 'test:unit': 'jest --ci' })?.framework).toBe('jest');
    expect(testCommand({ test: 'pnpm lint && pnpm test:unit', lint: 'eslint .', 'test:unit': 'vitest run' })?.framework).toBe('vitest');
    expect(testCommand({ test: 'npm run a', a: 'npm run b', b: 'npm run a' })).toBeUndefined();
    expect(testCommand({ test: 'npm test' })).toBeUndefined();
  });

  test.each([
    ['node --import tsx --test', '--import tsx'],
    ['node --import=tsx --test', '--import tsx'],
    ['node --loader ts-node/esm --test', '--loader ts-node/esm'],
    ['node -r ts-node/register --test', '-r ts-node/register'],
    ['node --experimental-strip-types --test', '--experimental-strip-types'],
    ['tsx --test', 'tsx --test'],
    ['mocha --require ts-node/register', '--require ts-node/register'],
    ["NODE_OPTIONS='--import tsx' node --test", '--import tsx'],
    ['node --test', undefined],
    ['node --require ./setup.cjs --test', undefined],
    ['mocha --require ./scripts/setup.js', undefined],
  ])('%s loads TypeScript with %s', (script, loader) => {
    expect(typescriptLoader(testCommandOf(script)!)).toBe(loader);
  });
});
