import type HandlebarsNamespace from 'handlebars';
// The runtime only: a team's templates arrive precompiled (see TeamSources), so rendering them needs no compiler.
import HandlebarsRuntime from 'handlebars/runtime.js';
import { registerTeamHelpers } from './team-helpers.js';
import { IN_FILE } from './template-error.js';
import { guardWrites } from './written-values.js';
import { contextOf, type TemplateName } from './templates.js';
import type { TextContext } from './user-text.js';

type Handlebars = typeof HandlebarsNamespace;
type TemplateSpec = Parameters<Handlebars['template']>[0];

/**
 * A team's templates, checked and precompiled (Handlebars' JavaScript for
 * each), as plain data: what a render worker is sent (structured clone
 * carries no functions).
 */
export interface TeamSources {
  /** Relative to the root, as the user configured it. */
  readonly dir: string;
  readonly templates: readonly (readonly [TemplateName, string])[];
  readonly partials: readonly (readonly [string, string])[];
  /** Each file's text by the name messages show (`<dir>/partials/x.hbs`), to place a mistake found while rendering. */
  readonly texts: readonly (readonly [string, string])[];
}

export interface TeamTemplates {
  /** Relative to the root, as the user configured it. */
  readonly dir: string;
  readonly templates: ReadonlyMap<TemplateName, HandlebarsNamespace.TemplateDelegate>;
  readonly sources: TeamSources;
}

/** Handlebars.precompile's output is a JavaScript object literal; it becomes the object template() takes. */
const specOf = (precompiled: string): TemplateSpec => guardWrites(new Function(`return ${precompiled};`)() as TemplateSpec);

/**
 * A partial whose mistakes name it: Handlebars gives the line within the
 * partial, so the file must be the partial's too (the innermost one wins).
 */
function naming(file: string, partial: HandlebarsNamespace.TemplateDelegate): HandlebarsNamespace.TemplateDelegate {
  return (context, options) => {
    try {
      return partial(context, options);
    } catch (error) {
      if (typeof error === 'object' && error !== null && !(IN_FILE in error)) Object.assign(error, { [IN_FILE]: file });
      throw error;
    }
  };
}

/** Ready-to-call templates from the precompiled sources: one environment per context, so helpers escape for Markdown or for code. */
export function teamTemplatesFrom(sources: TeamSources): TeamTemplates {
  const environments = Object.fromEntries(
    (['markdown', 'code'] as const).map((context) => {
      const environment = (HandlebarsRuntime as unknown as Handlebars).create();
      registerTeamHelpers(environment, context);
      for (const [name, precompiled] of sources.partials) environment.registerPartial(name, naming(`${sources.dir}/partials/${name}.hbs`, environment.template(specOf(precompiled))));
      return [context, environment];
    }),
  ) as Record<TextContext, Handlebars>;
  const templates = new Map(sources.templates.map(([name, precompiled]) => [name, environments[contextOf(name)].template(specOf(precompiled))] as const));
  return { dir: sources.dir, templates, sources };
}
