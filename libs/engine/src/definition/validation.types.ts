/** One problem found in a definition or in data; `path` names where. */
export interface ValidationProblem {
  /** Dotted spec path (`states.submitted.on.APPROVE`) or JSON Pointer for data (`/days`). */
  path: string;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationProblem[];
}
