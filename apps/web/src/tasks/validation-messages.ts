// Validation messages in the UI language. Client and server problems both come from the engine's
// validateData (ajv), which gives every problem a code (the ajv keyword, or one of the engine's
// own data codes) and ajv's params, so the message is chosen by code; a problem without a code
// (not from the engine) is shown as it came.
import type { TFunction } from 'i18next';

/** The parts of an ajv validation error (or rjsf error) a message needs. */
export interface ValidationErrorLike {
  name?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** A problem as the engine and the API report it; `code` is absent on problems from elsewhere. */
export interface ProblemLike {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/** Keywords labelled by one fixed message of the `problems` section. */
const FIXED: Record<
  string,
  'problems.dataConst' | 'problems.dataUniqueItems' | 'problems.no-data-allowed' | 'problems.field-not-editable'
> = {
  const: 'problems.dataConst',
  'field-not-editable': 'problems.field-not-editable',
  uniqueItems: 'problems.dataUniqueItems',
  'no-data-allowed': 'problems.no-data-allowed',
};

/** Keywords (and engine data codes) with a limit or name in their message. */
function parameterised(name: string, params: Record<string, unknown>, t: TFunction): string | undefined {
  const limit = params.limit;
  switch (name) {
    case 'multipleOf':
      return t('problems.dataMultipleOf', { limit: params.multipleOf });
    case 'minItems':
      return t('problems.dataMinItems', { limit });
    // A date range's end against its start (`formatMinimum: {$data: '1/start'}`).
    case 'formatMinimum':
      return params.comparison === '>=' && typeof limit === 'string'
        ? t('problems.dataNotBefore', { limit })
        : t('problems.dataInvalid');
    case 'maxItems':
      return t('problems.dataMaxItems', { limit });
    case 'minProperties':
      return t('problems.dataMinProperties', { limit });
    case 'maxProperties':
      return t('problems.dataMaxProperties', { limit });
    case 'not-object':
      return t('problems.not-object');
    case 'invalid-duration':
      return t('problems.invalid-duration');
    case 'invalid-date':
      return t('problems.invalid-date');
    case 'registry-failed':
      return t('problems.registry-failed', { name: params.name });
    default:
      return undefined;
  }
}

// Keywords that only say "this value does not fit" (combinators, conditions, formats with bounds).
const GENERIC = new Set([
  'additionalItems',
  'anyOf',
  'contains',
  'dependencies',
  'dependentRequired',
  'false schema',
  'formatExclusiveMaximum',
  'formatExclusiveMinimum',
  'formatMaximum',
  'if',
  'not',
  'oneOf',
  'propertyNames',
]);

/**
 * A message for one failed keyword or data code (`required`, `minimum`, `no-data-allowed`, …);
 * an unknown name falls back to the error's own text.
 * @example validationMessage({ name: 'minimum', params: { limit: 1 } }, t) // '不能小于 1'
 */
export function validationMessage(error: ValidationErrorLike, t: TFunction): string {
  const params = error.params ?? {};
  const limit = params.limit;
  const name = error.name ?? '';
  switch (name) {
    case 'required':
      return t('inbox.vRequired');
    case 'minLength':
      return limit === 1 ? t('inbox.vRequired') : t('inbox.vMinLength', { limit });
    case 'maxLength':
      return t('inbox.vMaxLength', { limit });
    case 'minimum':
      return t('inbox.vMinimum', { limit });
    case 'exclusiveMinimum':
      return t('inbox.vExclusiveMinimum', { limit });
    case 'maximum':
      return t('inbox.vMaximum', { limit });
    case 'exclusiveMaximum':
      return t('inbox.vExclusiveMaximum', { limit });
    case 'type':
      return typeMessage(params.type, t);
    case 'enum':
      return t('inbox.vEnum');
    case 'format':
      return params.format === 'date' ? t('inbox.vDate') : t('inbox.vFormat');
    case 'pattern':
      return t('inbox.vFormat');
    case 'additionalProperties':
      return t('inbox.vNotAllowed');
  }
  if (FIXED[name]) return t(FIXED[name]);
  const withParams = parameterised(name, params, t);
  if (withParams !== undefined) return withParams;
  if (GENERIC.has(name)) return t('problems.dataInvalid');
  return error.message ?? t('inbox.vFormat');
}

function typeMessage(type: unknown, t: TFunction): string {
  if (type === 'integer') return t('inbox.vInteger');
  if (type === 'number') return t('inbox.vNumber');
  return t('inbox.vFormat');
}

/**
 * One data problem (from the form's own check or a server 422) in the UI language, by its code.
 * @example problemMessage({ path: '/days', code: 'required', message: 'is required' }, t) // '必填'
 */
export function problemMessage(problem: ProblemLike, t: TFunction): string {
  if (!problem.code) return problem.message;
  return validationMessage({ name: problem.code, params: problem.params, message: problem.message }, t);
}

/**
 * True for ajv's `if` summary (`must match "then" schema`): the failing `then`/`else` also
 * reports its own problems under the fields, so the summary would only repeat them at the top.
 */
export function isConditionSummary(problem: ProblemLike): boolean {
  return problem.code === 'if';
}
