import { isObject } from '../../base/is-object.js';
import { dependencyNames } from '../detect-framework.js';
import { said, type StyleFindings } from './style-findings.js';

/** The linters whose code style is fixed: standard and its kin (single quotes, no semicolons, 2 spaces). */
const STANDARD_FAMILY = ['standard', 'neostandard', 'ts-standard', 'eslint-config-standard', 'eslint-config-standard-with-typescript'];

type Manifests = readonly (readonly [Record<string, unknown> | undefined, string])[];

/** Where `tool` shows: in the dependencies of a package.json, or run by one of its scripts. */
function used(manifests: Manifests, tool: string): string | undefined {
  for (const [manifest, name] of manifests) {
    if (dependencyNames(manifest).has(tool)) return `${tool} in the dependencies of ${name}`;
    const scripts = manifest?.scripts;
    if (!isObject(scripts)) continue;
    const runs = new RegExp(`(^|[\\s;&|(])${tool}($|[\\s;&|)])`);
    const script = Object.entries(scripts).find(([, command]) => typeof command === 'string' && runs.test(command));
    if (script) return `the "${script[0]}" script of ${name} runs ${tool}`;
  }
  return undefined;
}

/**
 * The style a linter with fixed rules enforces. xo: tabs, single quotes,
 * semicolons, unless its `"xo"` key says `space` (true: 2, or a number) or
 * `semicolon: false`; standard, neostandard, ts-standard: single quotes, no
 * semicolons, two spaces (semistandard: with semicolons).
 */
export function linterStyle(manifests: Manifests): StyleFindings | undefined {
  const xo = used(manifests, 'xo');
  if (xo) {
    const fixed = `xo's rule (${xo})`;
    const style: StyleFindings = { quotes: said('single', fixed), avoidEscape: said(false, fixed), lintRules: said(['no-template-curly-in-string', 'unicorn/prefer-string-raw'], fixed), semicolons: said(true, fixed), indent: said('tab', fixed), trailingCommas: said('all', fixed), bracketSpacing: said(false, fixed), arrowParens: said('avoid', fixed) };
    const options = manifests.map(([manifest, name]) => [manifest?.xo, name] as const).find(([options]) => isObject(options));
    if (options) {
      const [xoOptions, name] = options as readonly [Record<string, unknown>, string];
      const key = (option: string): string => `${name} "xo" ${option}`;
      if (xoOptions.space === true) style.indent = said(2, key('space'));
      else if (typeof xoOptions.space === 'number' && Number.isInteger(xoOptions.space) && xoOptions.space > 0 && xoOptions.space <= 16) style.indent = said(xoOptions.space, key('space'));
      if (xoOptions.semicolon === false) style.semicolons = said(false, key('semicolon'));
    }
    return style;
  }
  const semistandard = used(manifests, 'semistandard');
  const standard = semistandard ?? STANDARD_FAMILY.map((tool) => used(manifests, tool)).find((found) => found !== undefined);
  if (!standard) return undefined;
  const fixed = `${semistandard ? 'semistandard' : 'standard'}'s rule (${standard})`;
  return { quotes: said('single', fixed), avoidEscape: said(true, fixed), lintRules: said(['no-template-curly-in-string'], fixed), semicolons: said(semistandard !== undefined, fixed), indent: said(2, fixed), trailingCommas: said('none', fixed), bracketSpacing: said(true, fixed) };
}
