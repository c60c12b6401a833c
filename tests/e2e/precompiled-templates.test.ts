/** The build ships the templates precompiled, and they render exactly what templates/ compiled from source renders: needs `npm run build`. */
import { existsSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { buildModel, TEST_FRAMEWORKS } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { FULL_ANSWERS, MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { defaultLayout } from '../helpers/layout.js';

const DIST_RENDER = new URL('../../dist/render/render-files.js', import.meta.url);
const DIST_PRECOMPILED = new URL('../../dist/precompiled-templates.cjs', import.meta.url);

describe('precompiled templates', () => {
  test('the build ships templates precompiled', () => {
    expect(existsSync(DIST_PRECOMPILED)).toBe(true);
  });

  test.each([
    ['full', FULL_ANSWERS],
    ['minimal', MINIMAL_ANSWERS],
  ])('render exactly what templates/ compiled from source renders (%s answers)', async (_, answers) => {
    const dist = (await import(DIST_RENDER.href)) as { renderFiles: typeof renderFiles };
    for (const framework of TEST_FRAMEWORKS) {
      for (const language of ['ts', 'js'] as const) {
        for (const module of ['esm', 'cjs'] as const) {
          for (const jestGlobals of [false, true]) {
            const testStub = { framework, language, module, jestGlobals };
            const model = buildModel(answers, { today: '2026-11-26', number: '0001', layout: defaultLayout({ testStub }) });
            expect(dist.renderFiles(model)).toEqual(renderFiles(model));
          }
        }
      }
    }
  });
});
