// Client-side checks of form data before it is sent, with ajv's semantics (allErrors, the
// ajv-formats formats) as the engine's validateData on the server, without eval (see
// schema-check.ts); problems go under the fields they name, worded in the UI language.
import type { TFunction } from 'i18next';
import { checkSchema, type SchemaProblem } from './schema-check';
import { addProblem, type FieldErrorTree } from './server-errors';
import { validationMessage } from './validation-messages';

/**
 * Checks `data` against `schema` as the server will; returns the problems as an error tree under
 * the fields, or undefined when the data is valid.
 * @example validateForm({ type: 'object', required: ['comment'] }, {}, t) // { comment: { __errors: ['必填'] } }
 */
export function validateForm(schema: object, data: Record<string, unknown>, t: TFunction): FieldErrorTree | undefined {
  const errors = checkSchema(schema, data);
  if (errors.length === 0) return undefined;
  const tree: FieldErrorTree = {};
  for (const error of errors) {
    const message = validationMessage({ name: error.keyword, message: error.message, params: error.params }, t);
    addProblem(tree, errorSegments(error), message);
  }
  return tree;
}

/** The field an error belongs to: a missing or refused property is the property itself. */
function errorSegments(error: SchemaProblem): string[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty) segments.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && params.additionalProperty) segments.push(params.additionalProperty);
  return segments;
}
