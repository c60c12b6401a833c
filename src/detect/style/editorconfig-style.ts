import path from 'node:path';
import type { ProjectFiles } from '../project-files.js';
import { said, type StyleFindings } from './style-findings.js';

/** Does a section header (`*`, `*.js`, `*.{js,ts}`, `**.ts`, `{*.js,*.ts}`) cover a file named `x.<extension>`? */
export function sectionCovers(header: string, extension: string): boolean {
  const pattern = header.replace(/^\*\*\/?/, '*');
  const alternatives = /^\{([^{}]*)\}$/.exec(pattern)?.[1]?.split(',') ?? [pattern];
  return alternatives.some((alternative) => {
    if (alternative === '*') return true;
    const match = /^\*\.(?:\{([^{}]*)\}|([\w-]+))$/.exec(alternative.trim());
    if (!match) return false;
    const extensions = match[1]?.split(',').map((e) => e.trim()) ?? [match[2]!];
    return extensions.includes(extension);
  });
}

/** The properties that apply to a `x.<extension>` file, the last section that sets one winning (as EditorConfig reads a file). */
export function editorconfigProperties(text: string, extension: string): Map<string, { readonly value: string; readonly section: string }> {
  const properties = new Map<string, { value: string; section: string }>();
  let section: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.*)\]$/.exec(line);
    if (header) {
      section = sectionCovers(header[1]!, extension) ? header[1]! : undefined;
      continue;
    }
    const pair = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (section !== undefined && pair) properties.set(pair[1]!.toLowerCase(), { value: pair[2]!.trim().toLowerCase(), section });
  }
  return properties;
}

/**
 * Indentation and line width from the nearest `.editorconfig` (the package's,
 * else the root's) for a file of the stub's extension. `onlyIndent`: what
 * biome reads of it (indent_style, indent_size), never max_line_length.
 */
export function editorconfigStyle(files: ProjectFiles, dirs: readonly string[], shown: (dir: string) => string, extension: string, onlyIndent = false): StyleFindings | undefined {
  for (const dir of dirs) {
    const text = files.text(path.join(dir, '.editorconfig'));
    if (text === undefined) continue;
    const properties = editorconfigProperties(text, extension);
    const where = (key: string): string => `${shown(dir)}.editorconfig [${properties.get(key)!.section}] ${key}`;
    const style: StyleFindings = {};
    const indentStyle = properties.get('indent_style')?.value;
    const size = Number(properties.get('indent_size')?.value);
    const tabWidth = Number(properties.get('tab_width')?.value) || size;
    if (indentStyle === 'tab') style.indent = said('tab', where('indent_style'));
    else if (Number.isInteger(size) && size > 0 && size <= 16) style.indent = said(size, where('indent_size'));
    if (Number.isInteger(tabWidth) && tabWidth > 0 && tabWidth <= 16) style.tabWidth = said(tabWidth, where(properties.has('tab_width') ? 'tab_width' : 'indent_size'));
    const width = Number(properties.get('max_line_length')?.value);
    if (!onlyIndent && Number.isInteger(width) && width > 0) style.width = said(width, where('max_line_length'));
    return style;
  }
  return undefined;
}
