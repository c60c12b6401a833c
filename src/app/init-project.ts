import path from 'node:path';
import { decodeUtf8 } from '../base/strict-utf8.js';
import { CONFIG_FILE, PACKAGE_KEY, SCHEMA_PATH, type ConfigKey } from '../config/config-keys.js';
import type { ResolvedConfig } from '../project/resolve-config.js';
import { MAX_PROJECT_FILE_BYTES, ProjectFiles } from '../detect/project-files.js';
import { detectPackageManager } from '../detect/package-manager.js';
import { pnpmPatterns } from '../detect/workspace-packages.js';
import { UsageError } from '../base/errors.js';
import { addScript } from '../init/add-script.js';
import { readRegularSync, whyNotRead } from '../base/read-regular-file.js';
import type { RenderedFile } from '../render/render-files.js';
import type { Project } from './open-project.js';
import type { SignalGuard } from './signal-guard.js';
import { recoverFirst, writeFiles } from './write-files.js';
import { installCommands } from './install-command.js';

export const SCRIPT_NAME = 'new-spec';
export const SCRIPT_COMMAND = 'specwright new';

/** Keys a package's config pins; a workspace root leaves them to each package's detection. */
const PER_PACKAGE: readonly Exclude<ConfigKey, 'stubStyle'>[] = ['testsDir', 'testFramework', 'language'];
/** Keys the whole repository shares: in a package they are left to the root's config when it has one. */
const SHARED: readonly Exclude<ConfigKey, 'stubStyle'>[] = ['specsDir', 'docsDir', 'idStyle'];

/**
 * The config init writes beside the package.json it edits: `$schema`, then
 * the values in use now, each as that file would say it (folders relative to
 * what they are relative to: testsDir to the package, specsDir and docsDir to
 * where specs go).
 */
export function initialConfig(config: ResolvedConfig, options: { readonly workspaceRoot: boolean; readonly rootConfigured: boolean }): string {
  const { layout, settings } = config;
  const packageDir = layout.packageDir;
  const inPackage = packageDir !== '.';
  const specBase = inPackage && settings.workspaceSpecs.value === 'package' ? packageDir : '.';
  const relative = (from: string, folder: string): string => path.posix.relative(from, folder) || '.';
  // Installed at the root in a workspace (hoisted): the schema path climbs from the package to it.
  const schema = relative(packageDir, SCHEMA_PATH);
  const values: Record<string, string> = { $schema: schema.startsWith('.') ? schema : `./${schema}` };
  const keys = [...(inPackage && options.rootConfigured ? [] : SHARED), ...(options.workspaceRoot ? [] : PER_PACKAGE)];
  for (const key of keys) {
    const { value } = settings[key];
    values[key] = key === 'testsDir' ? relative(packageDir, value) : key === 'specsDir' || key === 'docsDir' ? relative(specBase, value) : value;
  }
  if (inPackage && !options.rootConfigured) values.workspaceSpecs = settings.workspaceSpecs.value;
  return `${JSON.stringify(values, null, 2)}\n`;
}

/** A package.json's object, or undefined when there is none or it is not a regular file (detection has already refused one that is not JSON). */
function manifestAt(file: string): Record<string, unknown> | undefined {
  const read = readRegularSync(file, MAX_PROJECT_FILE_BYTES);
  if (!('bytes' in read)) return undefined;
  try {
    return JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The text of the package.json init edits, through the one safe reader: a
 * FIFO would block a plain read forever, a link to /dev/zero would fill the
 * memory, and a link would be edited somewhere else. Those are refused (exit 2).
 */
function readPackageJson(absolute: string, shown: string, folder: string): string {
  const read = readRegularSync(absolute, MAX_PROJECT_FILE_BYTES);
  if ('bytes' in read) {
    // The decoder drops a BOM; the edit must keep it, as it keeps every other byte.
    const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\uFEFF' : '';
    return bom + decodeUtf8(read.bytes, shown);
  }
  if (read.code === 'ENOENT') throw new UsageError(`there is no package.json in ${folder}`, 'Create one first (npm init -y), then run specwright init again.');
  throw new UsageError(`${shown} ${whyNotRead(read, MAX_PROJECT_FILE_BYTES)}`, `Make ${shown} a regular file (replace a link with a copy of what it points to), then run specwright init again.`);
}

/** The root's own configuration: in a package, init leaves the shared keys to it. */
function rootConfigured(repo: ProjectFiles, root: string, rootManifest: Record<string, unknown> | undefined): boolean {
  return repo.exists(path.join(root, CONFIG_FILE)) || rootManifest?.[PACKAGE_KEY] !== undefined;
}

/**
 * The workspaces a root declares, as each manager reads them: package.json
 * `workspaces` (npm, yarn, bun) and pnpm-workspace.yaml's `packages:` list
 * (pnpm). A pnpm-workspace.yaml without that list only holds settings
 * (pnpm 9/10 keep `onlyBuiltDependencies`, `catalog`… there): not a workspace.
 */
function declaredWorkspaces(repo: ProjectFiles, root: string, manifest: Record<string, unknown>): { readonly byManifest: boolean; readonly byPnpm: boolean } {
  const yaml = repo.text(path.join(root, 'pnpm-workspace.yaml'));
  return { byManifest: manifest.workspaces !== undefined, byPnpm: yaml !== undefined && pnpmPatterns(yaml).length > 0 };
}

/** What init did, for the front end to tell: the changes made, what it left alone, and the next commands to run. */
export interface InitResult {
  readonly root: string;
  /** One line per file written (empty: nothing to change). */
  readonly done: readonly string[];
  readonly notes: readonly string[];
  readonly next: { readonly install: string; readonly run: string };
}

/**
 * `specwright init`: adds the new-spec script to the package's package.json
 * (keeping its formatting) and writes a config with what is in use now.
 * Both go through the all-or-nothing writer; running it again changes nothing.
 */
export async function initProject(project: Project, out: { readonly stderr: NodeJS.WritableStream; readonly signals: SignalGuard }): Promise<InitResult> {
  const packageDir = project.config.layout.packageDir;
  const manifestPath = path.posix.join(packageDir, 'package.json');
  const absolute = path.join(project.root, manifestPath);
  const manifestText = readPackageJson(absolute, manifestPath, packageDir === '.' ? project.root : packageDir);
  const manifest = JSON.parse(manifestText.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const files: RenderedFile[] = [];
  const done: string[] = [];
  const notes: string[] = [];

  const script = addScript(manifestText, SCRIPT_NAME, SCRIPT_COMMAND);
  if (script.status === 'added') {
    files.push({ path: manifestPath, contents: script.text, before: manifestText });
    done.push(`  added     "${SCRIPT_NAME}": "${SCRIPT_COMMAND}" to the scripts of ${manifestPath}`);
  } else if (script.status === 'present') {
    notes.push(`${manifestPath} already has the ${SCRIPT_NAME} script.`);
  } else {
    notes.push(`warning: ${manifestPath} already has a "${SCRIPT_NAME}" script (${script.existing}); it is left as it is. Add "${SCRIPT_COMMAND}" under another name if you want both.`);
  }

  // Every look at the repository goes through the safe reader: a link or a FIFO named like a lock file is not one.
  const repo = new ProjectFiles();
  const atRoot = packageDir === '.';
  const rootManifest = atRoot ? manifest : manifestAt(path.join(project.root, 'package.json'));
  const workspaces = atRoot ? declaredWorkspaces(repo, project.root, manifest) : { byManifest: false, byPnpm: false };
  const configPath = path.posix.join(packageDir, CONFIG_FILE);
  const configFile = repo.exists(path.join(project.root, configPath));
  if (configFile || manifest[PACKAGE_KEY] !== undefined) {
    notes.push(`${configFile ? configPath : `${manifestPath} "${PACKAGE_KEY}"`} already configures specwright; it is left as it is.`);
  } else {
    const options = { workspaceRoot: workspaces.byManifest || workspaces.byPnpm, rootConfigured: !atRoot && rootConfigured(repo, project.root, rootManifest) };
    files.push({ path: configPath, contents: initialConfig(project.config, options) });
    done.push(`  created   ${configPath} (what \`specwright config\` shows now, with its schema)`);
  }

  if (files.length > 0) {
    await recoverFirst(project, out.stderr);
    await writeFiles(project, files, true, out.signals);
  }
  const manager = detectPackageManager(repo, { packageDir: path.join(project.root, packageDir), root: project.root }, { manifest, rootManifest });
  // pnpm reads its workspace from pnpm-workspace.yaml alone; npm, yarn and bun from package.json.
  const workspaceRoot = manager === 'pnpm' ? workspaces.byPnpm : workspaces.byManifest;
  return { root: project.root, done: files.length > 0 ? done : [], notes, next: installCommands(manager, workspaceRoot ? 'workspace-root' : 'package', SCRIPT_NAME) };
}
