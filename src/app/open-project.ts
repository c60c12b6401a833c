import { homedir } from 'node:os';
import { resolveConfig, type ConfigFlags, type ResolvedConfig } from '../project/resolve-config.js';
import { testsFolders } from '../project/tests-folders.js';
import { loadTeamTemplates, type TeamTemplates } from '../render/team-templates.js';
import { branchSpecs, type BranchSpecs } from '../repo/branch-specs.js';
import { assertSafeRoot, findRepo } from '../repo/find-root.js';
import { listFolder } from '../base/list-folder.js';
import { checkLintRuleLevels } from './lint-rule-levels.js';

export type { ConfigFlags } from '../project/resolve-config.js';

/** Where a run works: found and checked once, then shared by every step. */
export interface Project {
  /** The physical folder the run started in. */
  readonly cwd: string;
  /** The repository root (physical). */
  readonly root: string;
  /** Where journals and locks go: git's folder for the work tree, or the root outside git. */
  readonly journalDir: string;
  readonly config: ResolvedConfig;
  /** The team's templates, loaded and checked on first use (a broken one exits 2 before anything is written). */
  teamTemplates(): TeamTemplates | undefined;
  /**
   * Spec file names on the other branches (repo/branch-specs.ts), so no
   * number a branch holds is handed out again. Started on the first call
   * (git runs while the rest of the run goes on), the same answer after.
   */
  specsOnBranches(): Promise<readonly string[]>;
  /**
   * The run's tests folder and every workspace package's (project/tests-folders.ts):
   * where tests citing a spec may be. Resolved on the first call, the same answer after.
   */
  testsFolders(): readonly string[];
  /** The same lookup, with why the other branches could not be read, when they could not (the run says so). */
  branchSpecs(): Promise<BranchSpecs>;
}

/**
 * The root (refusing one that is unsafe or another user's), then the
 * configuration: defaults, detection, config files and flags. Both front ends
 * start here, so they write to the same places.
 */
export function openProject(cwd: string, env: NodeJS.ProcessEnv, flags: ConfigFlags = {}): Project {
  const repo = findRepo(cwd, env);
  // os.homedir() reads HOME first on POSIX too; taking it from env keeps it injectable.
  assertSafeRoot(repo.root, env.HOME || homedir());
  const config = resolveConfig(repo.root, cwd, flags);
  checkLintRuleLevels(config);
  let team: { loaded: TeamTemplates | undefined } | undefined;
  let onBranches: Promise<BranchSpecs> | undefined;
  let tests: readonly string[] | undefined;
  const lookUp = (): Promise<BranchSpecs> => {
    // Only numbers are handed out one by one; outside git there are no branches.
    onBranches ??= repo.gitDir && config.layout.idStyle === 'sequence' ? branchSpecs(repo.root, repo.gitDir, config.layout.specsDir) : Promise.resolve({ names: [] });
    return onBranches;
  };
  return {
    cwd,
    root: repo.root,
    journalDir: repo.gitDir ?? repo.root,
    config,
    teamTemplates() {
      if (!team) {
        const loaded = loadTeamTemplates(repo.root, config.layout.templatesDir, listFolder);
        team = { loaded };
        // Its render worker starts now, while the run reads answers and asks git (render-off-thread.ts).
        if (loaded) void import('../render/render-off-thread.js').then(({ prestartRenderWorker }) => prestartRenderWorker(loaded));
      }
      return team.loaded;
    },
    specsOnBranches: async () => (await lookUp()).names,
    branchSpecs: lookUp,
    testsFolders() {
      tests ??= testsFolders(repo.root, cwd, config.layout.testsDir);
      return tests;
    },
  };
}
