/** `list --status` checked against the repository's lifecycle: the built-in one, or a team template's Status items. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from '@jest/globals';
import { listFilter } from '../../src/app/list-filter.js';
import { openProject } from '../../src/app/open-project.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';

afterAll(removeTempDirs);

const ENV = { HOME: '/nonexistent' };
const BUILT_IN_TEMPLATE = readFileSync(fileURLToPath(new URL('../../templates/spec.md.hbs', import.meta.url)), 'utf8');
const BUILT_IN_STEPS = '- [ ] Specification review\n- [ ] Design review\n- [ ] Implementation started\n- [ ] Code review\n- [ ] Testing complete\n- [ ] Documentation complete\n- [ ] Deployed to production';

describe('listFilter', () => {
  test('statuses as typed, comma lists split, trimmed and lower-cased; owner and overdue as given', () => {
    const project = openProject(projectWith({ 'package.json': { name: 'app' } }), ENV);
    expect(listFilter(project, { statuses: ['Review, design', 'DRAFT'], owner: 'Ada', overdue: true })).toEqual({ statuses: ['review', 'design', 'draft'], owner: 'Ada', overdue: true });
    expect(listFilter(project, {})).toEqual({ statuses: undefined, owner: undefined, overdue: undefined });
  });

  test('a status the lifecycle does not know exits 2, listing those it does', () => {
    const project = openProject(projectWith({ 'package.json': { name: 'app' } }), ENV);
    expect(() => listFilter(project, { statuses: ['review,shipped'] })).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/^--status "shipped" is not a status; use one of draft, review, design, .*superseded$/) }),
    );
  });

  test("a team template's Status items are the states: its own are taken, the built-in ones it dropped are not", () => {
    expect(BUILT_IN_TEMPLATE).toContain(BUILT_IN_STEPS);
    const team = BUILT_IN_TEMPLATE.replace(BUILT_IN_STEPS, '- [ ] Specification review\n- [ ] QA sign-off\n- [ ] Shipped');
    const project = openProject(projectWith({ 'package.json': { name: 'app' }, '.specwright/templates/spec.md.hbs': team }), ENV);
    expect(listFilter(project, { statuses: ['qa-sign-off, Shipped'] }).statuses).toEqual(['qa-sign-off', 'shipped']);
    expect(() => listFilter(project, { statuses: ['design'] })).toThrow(/^--status "design" is not a status; use one of draft, specification-review, qa-sign-off, shipped, /);
  });
});
