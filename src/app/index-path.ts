import { inFolder } from '../base/folder-rule.js';
import type { Project } from './open-project.js';

const INDEX_FILE_NAME = 'README.md';

/** Where the specs index goes: `<specsDir>/README.md`, relative to the root. */
export function indexPath(project: Pick<Project, 'config'>): string {
  const { specsDir } = project.config.layout;
  return inFolder(specsDir, INDEX_FILE_NAME);
}
