import { inFolder } from '../base/folder-rule.js';
import { SPECS_INDEX_FILE } from '../specs/spec-file-name.js';
import type { Project } from './open-project.js';

/** Where the specs index goes: `<specsDir>/README.md`, relative to the root. */
export function indexPath(project: Pick<Project, 'config'>): string {
  const { specsDir } = project.config.layout;
  return inFolder(specsDir, SPECS_INDEX_FILE);
}
