/**
 * Template mistakes that used to stop the built bin with an internal error
 * ("Cannot read properties of undefined (reading 'replace')"): run as a user
 * runs them, each exits 2 naming the template file, the line and what is
 * wrong, and writes nothing.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { runBin } from '../helpers/run-bin.js';
import { projectWith } from '../helpers/project-files.js';
import { removeTempDirs } from '../helpers/temp-repo.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

afterAll(removeTempDirs);

const DIR = '.specwright/templates';

describe('a mistake in a team template, through the bin', () => {
  test.each([
    ['spec.md.hbs', '# {{name}}\n\n{{name.escape}}\n', `${DIR}/spec.md.hbs, line 3: unknown field "escape"`],
    ['docs.md.hbs', '# Docs\n{{#each name}}- {{this}}\n{{/each}}', `${DIR}/docs.md.hbs, line 2: {{#each}} goes over a list (requirements, stories, phases, a phase's tasks, milestones), not text ("Dark mode")`],
    ['test-jest.hbs', 'test.todo({{js}});\n', `${DIR}/test-jest.hbs, line 1: {{js}} takes 1 argument, not 0: write {{js text}}`],
    ['spec.md.hbs', '# {{name}}\n{{#each requirements}}{{#each ../requirements}}{{#each ../../requirements}}{{id}}{{/each}}{{/each}}{{/each}}\n', `${DIR}/spec.md.hbs, line 2: "../../requirements" goes up more levels than there are blocks around it`],
  ])('%s: %j exits 2 with the file, the line and the reason', async (name, text, message) => {
    const root = projectWith({ [`${DIR}/${name}`]: text });
    const before = treeSnapshot(root);
    const result = await runBin(['new', 'Dark mode', '--owner=Ada', '--requirement', 'Follows the OS', '--yes'], { cwd: root });
    expect(result.stderr).toContain(`specwright: ${message}`);
    expect(result.stderr).not.toMatch(/Cannot read properties|TypeError/);
    expect(result.code).toBe(2);
    expect(treeSnapshot(root)).toEqual(before);
  });
});
