/**
 * A value PostgreSQL cannot store: a NUL character (U+0000) in text or in jsonb. Thrown while
 * the statement is built, so nothing is sent and nothing is half-applied; the API answers 400.
 */
export class UnstorableValueError extends Error {
  /** Stable machine-readable reason for the error body. */
  readonly reason = 'unstorable-value';

  constructor(
    /** The column the value was meant for (`instance_events.data`), when the builder knows it. */
    readonly column: string | undefined,
    /** JSON Pointer inside the value (`/comment`); `''` for the value itself. */
    readonly pointer: string,
  ) {
    super(`${column ?? 'a value'}${pointer ? ` at ${pointer}` : ''} contains a NUL character (U+0000)`);
    this.name = 'UnstorableValueError';
  }
}
