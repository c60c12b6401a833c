/**
 * Typed errors. Every expected failure is one of these; the bin maps them to
 * exit codes in one place (cli/main.ts) and prints only their message.
 * Anything else is a bug and is shown with its stack under --debug.
 */
export abstract class SpecwrightError extends Error {
  abstract readonly exitCode: number;
  /** An optional second line telling the user what to do. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** How every front end shows an expected error: one line, and the hint on the next. */
export function errorText(error: SpecwrightError): string {
  return `specwright: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`;
}

/** Bad flags, bad answers, missing answers: exit 2. */
export class UsageError extends SpecwrightError {
  readonly exitCode = 2;
}

/**
 * One answer broke a rule. `field` is the flag or answers-file key; `rule`
 * reads on from it ("--name is required").
 */
export class ValidationError extends UsageError {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field} ${rule}`);
  }
}

/** Target files exist (or collide): exit 1, nothing written. */
export class ConflictError extends SpecwrightError {
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly paths: readonly string[],
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** Another run took the spec number this run planned with: planning again picks the next free one. */
export class NumberTakenError extends ConflictError {
  constructor(
    readonly number: string,
    rivals: readonly string[],
  ) {
    super(
      `spec number ${number} was taken by ${rivals.join(', ')} while this spec was being written. Nothing was written.`,
      rivals,
      'Run the same command again: it will take the next free number.',
    );
  }
}

/** The file system refused; the message names the path and what to do: exit 1. */
export class WriteError extends SpecwrightError {
  readonly exitCode = 1;
}

/**
 * A file this run replaces no longer held what the command read (another
 * program edited, replaced or moved it meanwhile): everything was rolled back,
 * exit 1. `path` is the file, relative to the root.
 */
export class FileChangedError extends WriteError {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message, 'Run the command again: it reads the file as it is now.');
  }
}

/** The repository root is unsafe to scaffold into (`/`, the home folder): exit 2. */
export class UnsafeRootError extends UsageError {}

/**
 * The signals that stop a run before its commit point, with the shell's exit
 * code for each (128 + the signal number): a closed terminal or dropped SSH
 * session (SIGHUP), Ctrl-C (SIGINT), Ctrl-\ (SIGQUIT), kill (SIGTERM).
 */
export const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

/** A stop signal (or Ctrl-C in a prompt) before the commit point: exit 129, 130, 131 or 143. */
export class InterruptedError extends SpecwrightError {
  /** `message`: what the rollback could not do, when it could not do everything. */
  constructor(
    readonly signal: StopSignal,
    message = 'Interrupted: nothing was written.',
  ) {
    super(message);
  }
  get exitCode(): number {
    return STOP_SIGNALS[this.signal];
  }
}

/** The user answered "no" to the final confirmation: exit 1, nothing written. */
export class DeclinedError extends SpecwrightError {
  readonly exitCode = 1;
  constructor() {
    super('nothing was written: the files were not confirmed.');
  }
}
