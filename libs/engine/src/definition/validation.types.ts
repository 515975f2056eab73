/** `error` blocks publishing (and compiling); `warning` is shown but does not. */
export type ProblemSeverity = 'error' | 'warning';

/** One problem found in a definition or in data; `path` names where, `code` what. */
export interface ValidationProblem {
  /** Dotted spec path (`states.submitted.on.APPROVE`) or JSON Pointer for data (`/days`). */
  path: string;
  /** Stable kebab-case code (definition problems) or the ajv keyword (data problems). */
  code: string;
  /** Plain data for the message (e.g. `{target: 'nowhere'}`; ajv's params for data problems). */
  params?: Record<string, unknown>;
  severity: ProblemSeverity;
  /** English text for logs and API clients; clients show a label chosen by `code`. */
  message: string;
}

export interface ValidationResult {
  /** True when there is no error; warnings are allowed. */
  ok: boolean;
  /** Problems with severity `error`. */
  errors: ValidationProblem[];
  /** Problems with severity `warning`. */
  warnings: ValidationProblem[];
}
