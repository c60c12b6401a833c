import { describe, expect, test } from '@jest/globals';
import { buildModel, type TestLanguage, type TestStubStyle } from '../../src/model/spec-model.js';
import { renderFiles } from '../../src/render/render-files.js';
import { defaultLayout } from '../helpers/layout.js';
import { FULL_ANSWERS, MINIMAL_ANSWERS } from '../helpers/sample-answers.js';
import { markdownlintFindings, nodesOfType, parseCommonMark, prettierFormat, textOf } from '../helpers/markdown-checks.js';
import { readFileSync } from 'node:fs';

const context = { today: '2026-11-26', number: '0007' } as const;
/** What planSpec chooses today: jest, with @jest/globals imported in TypeScript. */
const defaultStub = (language: TestLanguage): TestStubStyle => ({ framework: 'jest', language, module: 'esm', jestGlobals: language === 'ts' });
const seedTemplate = readFileSync(new URL('../fixtures/team-spec-template.md', import.meta.url), 'utf8');

function render(answers = FULL_ANSWERS, testLanguage: TestLanguage = 'ts') {
  const [spec, stub, docs] = renderFiles(buildModel(answers, { ...context, layout: defaultLayout({ testStub: defaultStub(testLanguage) }) }));
  return { spec: spec!, stub: stub!, docs: docs! };
}

describe('renderFiles', () => {
  test('names the three files consistently', () => {
    const { spec, stub, docs } = render();
    expect([spec.path, stub.path, docs.path]).toEqual([
      'docs/specs/0007-dark-mode.md',
      'tests/dark-mode.test.ts',
      'docs/features/dark-mode.md',
    ]);
    expect(render(FULL_ANSWERS, 'js').stub.path).toBe('tests/dark-mode.test.js');
  });

  test.each([
    ['full', FULL_ANSWERS],
    ['minimal', MINIMAL_ANSWERS],
  ])('the %s spec, test stub and docs stub match their snapshots', (_, answers) => {
    const { spec, stub, docs } = render(answers);
    expect(spec.contents).toMatchSnapshot('spec');
    expect(stub.contents).toMatchSnapshot('test stub');
    expect(docs.contents).toMatchSnapshot('docs stub');
  });

  test.each([
    ['full', FULL_ANSWERS],
    ['minimal', MINIMAL_ANSWERS],
  ])('the %s spec keeps every heading of the team template, in order', (_, answers) => {
    const headings = (markdown: string) => [...markdown.matchAll(/^#{1,6} (.*)$/gm)].map((m) => m[1]!.replace(/^Phase \d+: .*$/, 'Phase'));
    const expected = headings(seedTemplate).map((h) => h.replace(/^Feature Specification: .*$/, 'Feature Specification'));
    const actual = headings(render(answers).spec.contents).map((h) => h.replace(/^Feature Specification: .*$/, 'Feature Specification'));
    const withoutPhases = (list: string[]) => list.filter((h) => h !== 'Phase');
    expect(withoutPhases(actual)).toEqual(withoutPhases(expected));
  });

  test('the spec keeps the Status checklist, the Changelog table and the footer', () => {
    const { spec } = render();
    const status = seedTemplate.slice(seedTemplate.indexOf('## Status'), seedTemplate.indexOf('## Changelog')).trim();
    expect(spec.contents).toContain(status);
    expect(spec.contents).toContain('| 2026-11-26 | Ada Lovelace | Initial draft |');
    expect(spec.contents).toMatch(/\n---\n\n- Created: 2026-11-26\n- Last Updated: 2026-11-26\n- Owner: Ada Lovelace\n$/);
  });

  test('requirements get stable ids, phases their sections, milestones date order', () => {
    const { spec } = render();
    expect(spec.contents).toContain('1. **FR-1**: The app follows the OS colour scheme on first start');
    expect(spec.contents).toContain('3. **FR-3**: Users & Groups pages');
    expect(spec.contents).toContain('### Phase 1: Design\n\n- [ ] Colour tokens for both themes\n- [ ] Contrast audit\n');
    expect(spec.contents).toContain('1. **Design sign-off** - 2026-12-10\n2. **Public beta** - 2027-01-15');
  });

  test('sections without answers keep guidance as HTML comments', () => {
    const { spec, docs } = render(MINIMAL_ANSWERS);
    expect(spec.contents).toContain("<!-- Brief description of what this feature does and why it's needed -->");
    expect(spec.contents).toContain('<!-- As a [user type], I want [action] so that [benefit] -->');
    expect(spec.contents).toContain('### Phase 1: [Phase Name]');
    expect(docs.contents).toContain('<!-- One paragraph for users: what this feature does for them -->');
  });

  test.each([
    ['full', FULL_ANSWERS],
    ['minimal', MINIMAL_ANSWERS],
  ])('the %s spec and docs stub pass markdownlint and are left unchanged by prettier', async (_, answers) => {
    for (const file of [render(answers).spec, render(answers).docs]) {
      expect(markdownlintFindings(file.contents)).toEqual([]);
      await expect(prettierFormat(file.contents)).resolves.toBe(file.contents);
    }
  });

  test('the longest owner and URLs or e-mail addresses in answers still pass markdownlint', async () => {
    const answers = {
      ...FULL_ANSWERS,
      owner: 'O'.repeat(47),
      purpose: 'Details at https://example.com/dark-mode and www.example.org; ask ada@example.com',
      requirements: ['Links like http://x.org/a_b stay text'],
    };
    for (const file of [render(answers).spec, render(answers).docs]) {
      expect(markdownlintFindings(file.contents)).toEqual([]);
      await expect(prettierFormat(file.contents)).resolves.toBe(file.contents);
    }
    const [purpose] = nodesOfType(parseCommonMark(render(answers).spec.contents), 'paragraph');
    expect(textOf(purpose!)).toBe(answers.purpose);
  });

  test('the title renders as plain text, and the docs stub links to the spec', () => {
    const { spec, docs } = render({ ...FULL_ANSWERS, name: 'Users & <Groups> *v2*' });
    const [title] = nodesOfType(parseCommonMark(spec.contents), 'heading');
    expect(textOf(title!)).toBe('Feature Specification: Users & <Groups> *v2*');
    const [link] = nodesOfType(parseCommonMark(docs.contents), 'link');
    expect(link!.destination).toBe('../specs/0007-users-groups-v2.md');
  });

  test('user text reaches the test stub only as JSON string literals', () => {
    const { stub } = render({ ...FULL_ANSWERS, name: 'x"); process.exit(1); ("', requirements: ['${process.exit(1)} `tick` */'] });
    expect(stub.contents).toContain('describe("x\\"); process.exit(1); (\\"", () => {');
    expect(stub.contents).toContain('test.todo("FR-1: ${process.exit(1)} `tick` */");');
  });

  test('a stub without requirements, stories or tasks still holds one todo', () => {
    expect(render(MINIMAL_ANSWERS).stub.contents).toContain('test.todo("meets its specification");');
  });
});
