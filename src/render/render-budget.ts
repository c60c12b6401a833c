/**
 * What one team template may produce: a spec, a stub or a docs page is a few
 * kilobytes; 1 MB leaves room for any real one and stops a template whose
 * nested {{#each}}s multiply (20 requirements, seven deep: 1.28 billion
 * rounds) long before memory runs out.
 */
export const MAX_RENDERED_BYTES = 1_000_000;

/** How long rendering a team's templates may take (real ones take milliseconds); then it is stopped. */
export const RENDER_TIME_BUDGET_MS = 3000;

/** The V8 heap a render worker may use; past it the worker dies, not the run. */
export const RENDER_HEAP_MB = 256;

export const BUDGET_TEXT = `${MAX_RENDERED_BYTES / 1_000_000} MB`;

/** What to do about a template past a budget. */
export const BUDGET_HINT = 'A spec, a stub or a docs page is a few kilobytes and renders in milliseconds: look for {{#each}} blocks nested in each other, or partials used many times.';
