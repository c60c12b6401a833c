import { CANONICAL_STYLE, CODE_STYLE_FIELDS, shownStyleValue, type CodeStyle, type CodeStyleField } from '../config/code-style.js';
import { detectCodeStyle, type StubPlace } from '../detect/style/detect-code-style.js';
import type { PackageInfo } from '../detect/find-package.js';
import type { ProjectFiles } from '../detect/project-files.js';
import type { ConfigLayer } from './config-files.js';
import type { Setting } from './setting.js';

export interface ResolvedCodeStyle {
  readonly style: CodeStyle;
  /** Each field with where it came from, for `specwright config`. */
  readonly settings: Readonly<Record<CodeStyleField, Setting>>;
  /** A jest stub imports from @jest/globals (detect/style/jest-globals.ts). */
  readonly jestGlobals: Setting;
}

/**
 * The built-in stub's code style: each field from the `stubStyle` key of the
 * nearest configuration that sets it, else from detection, else the
 * canonical form the templates render.
 */
export function resolveCodeStyle(files: ProjectFiles, pkg: PackageInfo, root: string, shown: (dir: string) => string, place: StubPlace, layers: readonly ConfigLayer[]): ResolvedCodeStyle {
  const detected = detectCodeStyle(files, pkg, root, shown, place);
  const style: Record<string, unknown> = {};
  const settings: Record<string, Setting> = {};
  for (const field of CODE_STYLE_FIELDS) {
    const layer = [...layers].reverse().find((l) => typeof l.values.stubStyle === 'object' && l.values.stubStyle[field] !== undefined);
    const configured = layer && typeof layer.values.stubStyle === 'object' ? layer.values.stubStyle[field] : undefined;
    const found = detected.findings[field];
    const value = configured !== undefined ? configured : found ? found.value : CANONICAL_STYLE[field];
    style[field] = value;
    settings[field] = {
      value: shownStyleValue(field, value),
      source: configured !== undefined ? { kind: 'config', label: `${layer!.label} stubStyle.${field}` } : found ? { kind: 'detected', evidence: found.evidence } : { kind: 'default' },
    };
  }
  const lintRules = detected.findings.lintRules;
  style.lintRules = lintRules?.value ?? CANONICAL_STYLE.lintRules;
  settings.lintRules = { value: shownStyleValue('lintRules', style.lintRules as CodeStyle['lintRules']), source: lintRules ? { kind: 'detected', evidence: lintRules.evidence } : { kind: 'default' } };
  // A tab width of its own only where tabs are used; with spaces, a tab counts as the indent does (prettier's tabWidth).
  if (style.indent !== 'tab' && settings.tabWidth!.source.kind !== 'config') style.tabWidth = style.indent;
  return { style: style as unknown as CodeStyle, settings: settings as Record<CodeStyleField, Setting>, jestGlobals: { value: detected.jestGlobals.value ? 'import' : 'globals', source: { kind: 'detected', evidence: detected.jestGlobals.evidence } } };
}
