import type { SpecModel } from '../model/spec-model.js';
import { markdownTable } from './markdown-table.js';
import { template } from './templates.js';

export interface RenderedFile {
  /** Repository-relative, forward slashes. */
  readonly path: string;
  readonly contents: string;
}

/** The three files of a spec. Pure: model in, strings out. */
export function renderFiles(model: SpecModel): RenderedFile[] {
  const changelog = markdownTable(['Date', 'Author', 'Changes'], [[model.today, model.owner, 'Initial draft']]);
  const hasTodos =
    model.requirements.length > 0 || model.stories.length > 0 || model.phases.some((p) => p.tasks.length > 0);
  const data = { ...model, changelog, hasTodos, typescript: model.testLanguage === 'ts' };
  return [
    { path: model.paths.spec, contents: template('spec.md')(data) },
    { path: model.paths.test, contents: template('test')(data) },
    { path: model.paths.docs, contents: template('docs.md')(data) },
  ];
}
