import path from 'node:path';
import { isObject } from '../../base/is-object.js';
import type { CodeStyle } from '../../config/code-style.js';
import type { ProjectFiles } from '../project-files.js';
import { parseJsonc } from './jsonc.js';
import { said, type StyleFindings } from './style-findings.js';

export interface BiomeConfig {
  readonly config: Record<string, unknown>;
  /** `biome.json`, `packages/a/biome.jsonc`. */
  readonly label: string;
}

/** The nearest biome.json or biome.jsonc (comments allowed in both, as biome reads them). */
export function findBiomeConfig(files: ProjectFiles, dirs: readonly string[], shown: (dir: string) => string): BiomeConfig | undefined {
  for (const dir of dirs) {
    for (const name of ['biome.json', 'biome.jsonc']) {
      const text = files.text(path.join(dir, name));
      if (text === undefined) continue;
      const config = parseJsonc(text);
      if (isObject(config)) return { config, label: `${shown(dir)}${name}` };
    }
  }
  return undefined;
}

/** Biome's formatter is on unless `formatter.enabled` or `javascript.formatter.enabled` is false. */
export function biomeFormats({ config }: BiomeConfig): boolean {
  const general = isObject(config.formatter) ? config.formatter : {};
  const javascript = isObject(config.javascript) && isObject(config.javascript.formatter) ? config.javascript.formatter : {};
  return general.enabled !== false && javascript.enabled !== false;
}

/** Whether biome reads .editorconfig too (`formatter.useEditorconfig`; off by default in biome 2). */
export function biomeReadsEditorconfig({ config }: BiomeConfig): boolean {
  return isObject(config.formatter) && config.formatter.useEditorconfig === true;
}

/**
 * What biome's configuration sets: `javascript.formatter.*` over `formatter.*`,
 * each with its key as evidence.
 */
export function biomeOptions({ config, label }: BiomeConfig): StyleFindings {
  const sections: [Record<string, unknown>, string][] = [];
  if (isObject(config.javascript) && isObject(config.javascript.formatter)) sections.push([config.javascript.formatter, 'javascript.formatter']);
  if (isObject(config.formatter)) sections.push([config.formatter, 'formatter']);
  const option = (name: string): { readonly value: unknown; readonly evidence: string } | undefined => {
    for (const [section, prefix] of sections) if (section[name] !== undefined) return { value: section[name], evidence: `${label} ${prefix}.${name}` };
    return undefined;
  };
  const style: StyleFindings = {};
  const quotes = option('quoteStyle');
  if (quotes?.value === 'single' || quotes?.value === 'double') style.quotes = said(quotes.value, quotes.evidence);
  const semicolons = option('semicolons');
  if (semicolons?.value === 'always' || semicolons?.value === 'asNeeded') style.semicolons = said(semicolons.value === 'always', semicolons.evidence);
  const width = option('indentWidth');
  if (typeof width?.value === 'number' && Number.isInteger(width.value) && width.value > 0 && width.value <= 16) style.tabWidth = said(width.value, width.evidence);
  const indentStyle = option('indentStyle');
  if (indentStyle?.value === 'tab') style.indent = said('tab', indentStyle.evidence);
  else if (indentStyle?.value === 'space') style.indent = said(style.tabWidth?.value ?? 2, indentStyle.evidence);
  const lineWidth = option('lineWidth');
  if (typeof lineWidth?.value === 'number' && Number.isInteger(lineWidth.value) && lineWidth.value > 0) style.width = said(lineWidth.value, lineWidth.evidence);
  const spacing = option('bracketSpacing');
  if (typeof spacing?.value === 'boolean') style.bracketSpacing = said(spacing.value, spacing.evidence);
  const arrows = option('arrowParentheses');
  if (arrows?.value === 'always' || arrows?.value === 'asNeeded') style.arrowParens = said(arrows.value === 'always' ? 'always' : 'avoid', arrows.evidence);
  const commas = option('trailingCommas');
  if (commas?.value === 'all' || commas?.value === 'es5' || commas?.value === 'none') style.trailingCommas = said(commas.value, commas.evidence);
  return style;
}

/** Biome's defaults: tabs, double quotes, semicolons, width 80, trailing commas everywhere. */
export function biomeDefaults(label: string): StyleFindings {
  const evidence = `biome's default (${label} does not set it)`;
  const defaults: Omit<CodeStyle, 'lintRules'> = { quotes: 'double', avoidEscape: true, semicolons: true, indent: 'tab', tabWidth: 2, width: 80, trailingCommas: 'all', bracketSpacing: true, arrowParens: 'always' };
  return Object.fromEntries(Object.entries(defaults).map(([field, value]) => [field, said(value, evidence)])) as StyleFindings;
}
