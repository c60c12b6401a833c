/**
 * One file a run writes: what the writer takes. Declared here, at the
 * bottom, so the writer needs nothing from the layers above it; render and
 * plan produce it.
 */
export interface RenderedFile {
  /** Repository-relative, forward slashes. */
  readonly path: string;
  readonly contents: string;
  /**
   * For an edit of a file that exists: its text as the command read it, that
   * it must still hold when it is replaced (else nothing is written). Without
   * it, the writer takes the file as it was when its checks ran.
   */
  readonly before?: string;
}
