import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { editorconfigProperties, editorconfigStyle, sectionCovers } from '../../../src/detect/style/editorconfig-style.js';
import { ProjectFiles } from '../../../src/detect/project-files.js';
import { projectWith } from '../../helpers/project-files.js';
import { removeTempDirs } from '../../helpers/temp-repo.js';

afterAll(removeTempDirs);

describe('.editorconfig', () => {
  test.each([
    ['*', 'ts', true],
    ['*.js', 'js', true],
    ['*.js', 'ts', false],
    ['*.{js,ts}', 'ts', true],
    ['*.{js, mjs}', 'mjs', true],
    ['**.ts', 'ts', true],
    ['{*.js,*.ts}', 'ts', true],
    ['*.md', 'ts', false],
    ['lib/**.js', 'js', false],
  ] as const)('[%s] covers x.%s: %s', (header, extension, covers) => {
    expect(sectionCovers(header, extension)).toBe(covers);
  });

  test('the last section that sets a property wins, for the files it covers', () => {
    const text = 'root = true\n\n[*]\nindent_style = space\nindent_size = 2\n\n[*.md]\nindent_size = 4\n\n[*.{js,ts}]\nindent_style = Tab\nmax_line_length = 100\n';
    const properties = editorconfigProperties(text, 'ts');
    expect(Object.fromEntries([...properties].map(([key, { value, section }]) => [key, `${value} [${section}]`]))).toEqual({
      indent_style: 'tab [*.{js,ts}]',
      indent_size: '2 [*]',
      max_line_length: '100 [*.{js,ts}]',
    });
  });

  const style = (text: string, onlyIndent = false) => {
    const root = projectWith({ '.editorconfig': text });
    return editorconfigStyle(new ProjectFiles(), [path.join(root, 'packages/a'), root], (dir) => (dir === root ? '' : 'packages/a/'), 'js', onlyIndent);
  };

  test('tabs, their width and the line width, each naming its section and key', () => {
    expect(style('[*]\nindent_style = tab\ntab_width = 4\nmax_line_length = 120\n')).toEqual({
      indent: { value: 'tab', evidence: '.editorconfig [*] indent_style' },
      tabWidth: { value: 4, evidence: '.editorconfig [*] tab_width' },
      width: { value: 120, evidence: '.editorconfig [*] max_line_length' },
    });
  });

  test('spaces from indent_size; max_line_length off says nothing; biome reads no line width from it', () => {
    expect(style('[*.js]\nindent_size = 4\nmax_line_length = off\n')).toEqual({
      indent: { value: 4, evidence: '.editorconfig [*.js] indent_size' },
      tabWidth: { value: 4, evidence: '.editorconfig [*.js] indent_size' },
    });
    expect(style('[*]\nindent_size = 4\nmax_line_length = 90\n', true)).not.toHaveProperty('width');
  });

  test('no .editorconfig: nothing', () => {
    expect(style('')).toEqual({});
    const root = projectWith({});
    expect(editorconfigStyle(new ProjectFiles(), [root], () => '', 'js')).toBeUndefined();
  });
});
