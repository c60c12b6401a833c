import path from 'node:path';
import type { PackageInfo } from '../find-package.js';
import type { ProjectFiles } from '../project-files.js';
import { biomeDefaults, biomeFormats, biomeOptions, biomeReadsEditorconfig, findBiomeConfig } from './biome-style.js';
import { editorconfigStyle } from './editorconfig-style.js';
import { linterStyle } from './linter-style.js';
import { findPrettierConfig, prettierDefaults, prettierMajor, prettierOptions, prettierUsed } from './prettier-style.js';
import { findOxfmtConfig, oxfmtDefaults, oxfmtUsed } from './oxfmt-style.js';
import { firstSaying, type StyleFindings } from './style-findings.js';
import { sampleTestFiles, styleOfSources } from './tests-style.js';
import { detectJestGlobals } from './jest-globals.js';
import { dependencyNames, type Detected } from '../detect-framework.js';

export interface DetectedCodeStyle {
  /** Each field the repository shows, with its evidence; a field left out keeps the canonical form's value. */
  readonly findings: StyleFindings;
  /** A jest stub imports from @jest/globals (jest-globals.ts says when). */
  readonly jestGlobals: Detected<boolean>;
}

/** Where the stub goes and what it is, for the look at its neighbours. */
export interface StubPlace {
  /** The tests folder, absolute. */
  readonly testsDir: string;
  /** The stub's extension without the dot (`ts`, `mjs`): which .editorconfig section applies. */
  readonly extension: string;
}

/**
 * The code style the stub must be written in, field by field, strongest
 * evidence first: the formatter's configuration where it is data (prettier,
 * then oxfmt, then biome), with .editorconfig where that formatter reads it and the
 * formatter's own defaults for what neither sets; prettier in use without a
 * configuration (its defaults); a linter with a fixed style (xo, standard
 * and kin); .editorconfig; the existing tests. Reads a few small files and
 * a bounded sample of tests, never runs the project's code.
 */
export function detectCodeStyle(files: ProjectFiles, pkg: PackageInfo, root: string, shown: (dir: string) => string, place: StubPlace): DetectedCodeStyle {
  const dirs = [...new Set([pkg.dir, root])];
  const manifests = [
    [pkg.manifest, `${shown(pkg.dir)}package.json`] as const,
    ...(pkg.nested ? [[pkg.rootManifest, 'package.json'] as const] : []),
  ];
  const sample = sampleTestFiles(place.testsDir);
  const testsShown = path.relative(root, place.testsDir).split(path.sep).join('/') || '.';
  const fromTests = (): StyleFindings => styleOfSources(sample, `${testsShown}/`);
  const editorconfig = (onlyIndent = false): StyleFindings | undefined => editorconfigStyle(files, dirs, shown, place.extension, onlyIndent);
  const major = (): number => prettierMajor(files, pkg, root);

  const prettier = findPrettierConfig(files, dirs.map((dir) => ({ dir, manifest: dir === pkg.dir ? pkg.manifest : pkg.rootManifest })), shown);
  const biome = findBiomeConfig(files, dirs, shown);
  // oxfmt reads prettier's options from its own file, and .editorconfig under them.
  const oxfmt = prettier?.options ? undefined : findOxfmtConfig(files, dirs, shown);
  const oxfmtWithout = prettier || oxfmt ? undefined : oxfmtUsed(manifests);
  let findings: StyleFindings;
  if (prettier?.options) {
    findings = firstSaying(prettierOptions(prettier.options, prettier.label), editorconfig(), prettierDefaults(major(), `${prettier.label} does not set it`));
  } else if (oxfmt?.options) {
    findings = firstSaying(prettierOptions(oxfmt.options, oxfmt.label), editorconfig(), oxfmtDefaults(`${oxfmt.label} does not set it`));
  } else if (oxfmt?.unread) {
    const note = oxfmt.unread;
    const annotated = Object.fromEntries(Object.entries(firstSaying(editorconfig(), fromTests())).map(([field, found]) => [field, { ...found, evidence: `${found.evidence}; ${note}` }]));
    findings = firstSaying(annotated, oxfmtDefaults(note));
  } else if (oxfmtWithout) {
    findings = firstSaying(editorconfig(), oxfmtDefaults(`${oxfmtWithout}, with no configuration`));
  } else if (biome && biomeFormats(biome)) {
    findings = firstSaying(biomeOptions(biome), biomeReadsEditorconfig(biome) ? editorconfig(true) : undefined, biomeDefaults(biome.label));
  } else if (prettier?.unread) {
    // Prettier formats the repository with options specwright cannot read: the neighbours say, else prettier's defaults.
    const note = prettier.unread;
    const annotated = Object.fromEntries(Object.entries(firstSaying(editorconfig(), linterStyle(manifests), fromTests())).map(([field, found]) => [field, { ...found, evidence: `${found.evidence}; ${note}` }]));
    findings = firstSaying(annotated, prettierDefaults(major(), note));
  } else {
    const used = prettierUsed(manifests);
    findings = used
      ? firstSaying(editorconfig(), prettierDefaults(major(), `${used}, with no configuration`))
      : firstSaying(linterStyle(manifests), editorconfig(), fromTests());
  }
  // Whatever formats the code, the linter's rules still apply to the strings.
  const lintRules = linterStyle(manifests)?.lintRules;
  if (lintRules) findings = { ...findings, lintRules };
  const declaredIn = manifests.find(([manifest]) => dependencyNames(manifest).has('@jest/globals'))?.[1];
  const jestGlobals = detectJestGlobals(files, declaredIn, sample, `${testsShown}/`, dirs.map((dir) => ({ dir, shown: shown(dir) })));
  return { findings, jestGlobals };
}
