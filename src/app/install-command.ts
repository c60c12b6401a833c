import type { PackageManager } from '../detect/package-manager.js';

/** Where init ran, as the package managers tell it apart: a workspace root refuses a plain `add` in yarn 1 and pnpm. */
export type InstallPlace = 'package' | 'workspace-root';

/**
 * The commands init prints, to be run as printed in the folder init ran in:
 * adding specwright as a dev dependency, then running the script it added.
 * yarn 1 refuses to add to a workspace root without -W and pnpm without
 * --workspace-root; yarn 2+, bun and npm add to the root as asked, and all
 * five add to the package whose folder they run in.
 */
export function installCommands(manager: PackageManager, place: InstallPlace, script: string): { readonly install: string; readonly run: string } {
  const atRoot = place === 'workspace-root';
  switch (manager) {
    case 'pnpm':
      return { install: `pnpm add --save-dev${atRoot ? ' --workspace-root' : ''} specwright`, run: `pnpm run ${script}` };
    case 'yarn-classic':
      return { install: `yarn add --dev${atRoot ? ' -W' : ''} specwright`, run: `yarn ${script}` };
    case 'yarn-berry':
      return { install: 'yarn add --dev specwright', run: `yarn ${script}` };
    case 'bun':
      return { install: 'bun add --dev specwright', run: `bun run ${script}` };
    case 'npm':
      return { install: 'npm install --save-dev specwright', run: `npm run ${script}` };
  }
}
