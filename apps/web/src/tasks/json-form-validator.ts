// The validator rjsf needs for its schema utilities (matching oneOf/anyOf branches, if/then).
// rjsf's ajv8 validator compiles schemas with `new Function`, which the app's CSP forbids, so
// this one is backed by schema-check.ts. Form data itself is checked per outcome by
// validateForm, so rjsf's own validation pass (never triggered: there is no submit) finds nothing.
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { checkSchema } from './schema-check';

export const rjsfValidator: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: (schema: RJSFSchema, formData: unknown) => checkSchema(schema, formData).length === 0,
  rawValidation: <Result>(schema: RJSFSchema, formData?: unknown) => ({
    errors: checkSchema(schema, formData) as unknown as Result[],
  }),
};
