import { leftoverBackupsReport } from '../app/leftover-backups.js';
import { openProject, type ConfigFlags, type Project } from '../app/open-project.js';
import type { Io } from './io.js';

/**
 * Opens the project for a command, and names on stderr any backup the writer
 * left in it (see leftover-backups.ts): every command does, until the user
 * has dealt with it.
 */
export function openProjectWarning(cwd: string, io: Io, flags?: ConfigFlags): Project {
  const project = openProject(cwd, io.env, flags);
  io.stderr.write(leftoverBackupsReport(project));
  return project;
}
