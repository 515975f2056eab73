// Validation messages in the UI language. Client and server problems both come from the engine's
// validateData (ajv), so one reading of its wording serves both: the keyword and limit are read
// back from ajv's fixed English messages, and anything unknown is shown as it came.
import type { TFunction } from 'i18next';

/** The parts of an ajv validation error a message needs. */
export interface ValidationErrorLike {
  name?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * A message for one failed keyword (`required`, `minimum`, …), falling back to ajv's own text.
 * @example validationMessage({ name: 'minimum', params: { limit: 1 } }, t) // '不能小于 1'
 */
export function validationMessage(error: ValidationErrorLike, t: TFunction): string {
  const limit = error.params?.limit;
  switch (error.name) {
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
      return typeMessage(error.params?.type, t);
    case 'enum':
      return t('inbox.vEnum');
    case 'format':
      return error.params?.format === 'date' ? t('inbox.vDate') : t('inbox.vFormat');
    case 'pattern':
      return t('inbox.vFormat');
    case 'additionalProperties':
      return t('inbox.vNotAllowed');
    default:
      return error.message ?? t('inbox.vFormat');
  }
}

function typeMessage(type: unknown, t: TFunction): string {
  if (type === 'integer') return t('inbox.vInteger');
  if (type === 'number') return t('inbox.vNumber');
  return t('inbox.vFormat');
}

const COMPARISONS: Record<string, string> = {
  '>=': 'minimum',
  '<=': 'maximum',
  '>': 'exclusiveMinimum',
  '<': 'exclusiveMaximum',
};

// validateData's own wording for two keywords, then ajv 8's message templates (pinned by the spec).
const READERS: [RegExp, (match: RegExpMatchArray) => ValidationErrorLike][] = [
  [/^is required$/, () => ({ name: 'required' })],
  [/^is not allowed$/, () => ({ name: 'additionalProperties' })],
  [/^must NOT have fewer than (\d+) characters$/, (m) => ({ name: 'minLength', params: { limit: Number(m[1]) } })],
  [/^must NOT have more than (\d+) characters$/, (m) => ({ name: 'maxLength', params: { limit: Number(m[1]) } })],
  [/^must be (>=|<=|>|<) (\S+)$/, (m) => ({ name: COMPARISONS[m[1]], params: { limit: Number(m[2]) } })],
  [/^must be ([a-z]+(?:,[a-z]+)*)$/, (m) => ({ name: 'type', params: { type: m[1] } })],
  [/^must be equal to one of the allowed values$/, () => ({ name: 'enum' })],
  [/^must match format "(.*)"$/, (m) => ({ name: 'format', params: { format: m[1] } })],
  [/^must match pattern "(.*)"$/s, (m) => ({ name: 'pattern', params: { pattern: m[1] } })],
];

/**
 * The keyword (and limit) behind one of validateData's messages, or just the message when unknown.
 * @example readProblemMessage('must be >= 1') // { name: 'minimum', params: { limit: 1 }, message: 'must be >= 1' }
 */
export function readProblemMessage(message: string): ValidationErrorLike {
  for (const [pattern, read] of READERS) {
    const match = message.match(pattern);
    if (match) return { ...read(match), message };
  }
  return { message };
}

/**
 * One of validateData's problem messages (from the form's own check or a server 422) in the UI language.
 * @example problemMessage('is required', t) // '必填'
 */
export function problemMessage(message: string, t: TFunction): string {
  return validationMessage(readProblemMessage(message), t);
}

/**
 * True for ajv's `if` summary (`must match "then" schema`): the failing `then`/`else` also
 * reports its own problems under the fields, so the summary would only repeat them at the top.
 */
export function isConditionSummary(message: string): boolean {
  return /^must match "(then|else)" schema$/.test(message);
}
