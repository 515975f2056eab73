// Client-side checks of form data before it is sent: the engine's own validateData, the very
// check the server makes, so the form refuses exactly what the server would; problems go under
// the fields they name, worded in the UI language.
import { validateData, type JsonSchema } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { mapProblems, pointerSegments, type FieldErrorTree } from './server-errors';
import { isConditionSummary, problemMessage, type ProblemLike } from './validation-messages';

/**
 * The server's problems of `data` against `schema` (JSON Pointer paths), or undefined when ajv
 * cannot compile the schema (the caller decides what that means; it must not break the form).
 * @example schemaProblems({ type: 'object', required: ['days'] }, {}) // [{ path: '/days', code: 'required', … }]
 */
export function schemaProblems(schema: unknown, data: unknown): ProblemLike[] | undefined {
  if (typeof schema === 'boolean')
    return schema ? [] : [{ path: '', code: 'false schema', params: {}, message: 'boolean schema is false' }];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return undefined;
  try {
    return validateData(schema as JsonSchema, data);
  } catch {
    return undefined;
  }
}

/**
 * Problems as the form shows them: localized, and without ajv's `if` summaries when the fields
 * themselves carry the problems.
 */
export function displayedProblems<P extends ProblemLike>(problems: P[], t: TFunction): P[] {
  const detailed = problems.filter((problem) => !isConditionSummary(problem));
  return (detailed.length > 0 ? detailed : problems).map((problem) => ({
    ...problem,
    message: problemMessage(problem, t),
  }));
}

/**
 * Checks `data` against `schema` as the server will; returns the problems as an error tree under
 * the fields, or undefined when the data is valid.
 * @example validateForm({ type: 'object', required: ['comment'] }, {}, t) // { comment: { __errors: ['必填'] } }
 */
export function validateForm(schema: object, data: Record<string, unknown>, t: TFunction): FieldErrorTree | undefined {
  // A schema ajv cannot compile is left to the server, which answers with a clear problem.
  const problems = (schemaProblems(schema, data) ?? []).map((problem) => typedTextProblem(problem, data));
  if (problems.length === 0) return undefined;
  return mapProblems(displayedProblems(problems, t), '').tree;
}

/**
 * Text typed into an integer field ("三个") is "not a number" rather than "not a whole number":
 * ajv reports both as `type: integer`, the value tells them apart.
 */
function typedTextProblem(problem: ProblemLike, data: unknown): ProblemLike {
  if (problem.code !== 'type' || problem.params?.type !== 'integer') return problem;
  return typeof valueAt(data, problem.path) === 'string'
    ? { ...problem, params: { ...problem.params, type: 'number' } }
    : problem;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointerSegments(pointer, '') ?? []) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
