/**
 * A spec's progress as `list` and the index show it: tasks ticked of all
 * (`2/5`), and requirements with a real test / only a todo / none (`2/1/0`);
 * `-` when there is nothing to count.
 */

export function tasksCell(progress: { readonly done: number; readonly total: number }): string {
  return progress.total > 0 ? `${progress.done}/${progress.total}` : '-';
}

/** `-` without requirements, or before tracing. */
export function testsCell(tests: { readonly tested: number; readonly todo: number; readonly untested: number } | undefined): string {
  if (!tests || tests.tested + tests.todo + tests.untested === 0) return '-';
  return `${tests.tested}/${tests.todo}/${tests.untested}`;
}
