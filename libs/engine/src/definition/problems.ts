import { DEFINITION_PROBLEM_SEVERITY, type DefinitionProblemCode } from './problem-codes';
import type { ValidationProblem, ValidationResult } from './validation.types';

/** Collects validation problems; paths are dotted spec paths, severities come from the code. */
export class Problems {
  readonly list: ValidationProblem[] = [];

  add(path: string, code: DefinitionProblemCode, message: string, params?: Record<string, unknown>): void {
    const problem: ValidationProblem = { path, code, severity: DEFINITION_PROBLEM_SEVERITY[code], message };
    if (params !== undefined) problem.params = params;
    this.list.push(problem);
  }

  result(): ValidationResult {
    const errors = this.list.filter((p) => p.severity === 'error');
    const warnings = this.list.filter((p) => p.severity === 'warning');
    return { ok: errors.length === 0, errors, warnings };
  }
}

/** Joins dotted path segments, skipping empty ones: `join('', 'states', 'a')` = `states.a`. */
export function joinPath(...parts: Array<string | number>): string {
  return parts.filter((p) => p !== '').join('.');
}

/** JSON Pointer (`/a/0`) to dotted segments (`a.0`). */
export function pointerToDotted(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
