// The validator rjsf needs for its schema utilities (matching oneOf/anyOf branches, if/then) and
// its own validation pass, backed by the engine's validateData: the same ajv configuration the
// server uses (allErrors, ajv-formats, strict false), so rjsf's verdicts are the server's. The
// forms check data per outcome with validateForm; rjsf's own pass (submit, live validation) is
// not used by them and reports the server's English wording.
// Types only: @rjsf/utils' runtime is ESM that the unit tests cannot load.
import type { ErrorSchema, RJSFSchema, RJSFValidationError, ValidationData, ValidatorType } from '@rjsf/utils';
import { schemaProblems } from './form-validator';
import type { ProblemLike } from './validation-messages';
import { addProblem, mapProblems, pointerSegments, type FieldErrorTree } from './server-errors';

const INVALID_SCHEMA = 'schema cannot be compiled';

/** `schema` able to resolve `#/$defs/…` and `#/definitions/…` refs of the root schema it came from. */
function withRootDefinitions(schema: RJSFSchema, rootSchema?: RJSFSchema): RJSFSchema {
  if (!rootSchema || rootSchema === schema || typeof schema !== 'object') return schema;
  const { $defs, definitions } = rootSchema;
  if ($defs === undefined && definitions === undefined) return schema;
  return { $defs, definitions, allOf: [schema] };
}

/** An rjsf error for one validateData problem (property in rjsf's `.a.b` notation). */
function toRjsfError(problem: ProblemLike): RJSFValidationError {
  const segments = pointerSegments(problem.path, '') ?? [];
  const property = segments.map((segment) => `.${segment}`).join('');
  return { property, message: problem.message, stack: `${property} ${problem.message}`.trim() };
}

/** The error schema of (transformed) rjsf errors, placed by their `.a.b` property. */
function errorSchemaOf(errors: RJSFValidationError[]): ErrorSchema {
  const tree: FieldErrorTree = {};
  for (const error of errors) {
    const segments = (error.property ?? '').split('.').slice(1);
    addProblem(tree, segments, error.message ?? error.stack);
  }
  return tree as ErrorSchema;
}

/** rjsf's validator with the server's verdicts (the engine's validateData). */
export const rjsfValidator: ValidatorType = {
  validateFormData(formData, schema, customValidate, transformErrors, uiSchema): ValidationData<unknown> {
    const problems = schemaProblems(schema, formData);
    if (!problems) return { errors: [{ stack: INVALID_SCHEMA }], errorSchema: { __errors: [INVALID_SCHEMA] } };
    let errors = problems.map(toRjsfError);
    let errorSchema = mapProblems(problems, '').tree as ErrorSchema;
    // The forms check each outcome with validateForm instead; fail loudly rather than skip it.
    if (typeof customValidate === 'function') throw new Error('customValidate is not supported: use validateForm');
    if (typeof transformErrors === 'function') {
      errors = transformErrors(errors, uiSchema);
      errorSchema = errorSchemaOf(errors);
    }
    return { errors, errorSchema };
  },
  // rjsf's contract: a schema that cannot be compiled matches nothing.
  isValid: (schema, formData, rootSchema) =>
    schemaProblems(withRootDefinitions(schema, rootSchema), formData)?.length === 0,
  rawValidation: <Result>(schema: RJSFSchema, formData?: unknown) => {
    const problems = schemaProblems(schema, formData);
    return problems ? { errors: problems as unknown as Result[] } : { validationError: new Error(INVALID_SCHEMA) };
  },
};
