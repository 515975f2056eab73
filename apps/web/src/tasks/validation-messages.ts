// Validation messages in the UI language: ajv's English messages replaced by ours per keyword.
import type { TFunction } from 'i18next';

/** The parts of an rjsf/ajv validation error a message needs. */
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

// The server's own wording for the two problems it words itself (the engine's validateData).
const SERVER_KEYWORDS: Record<string, string> = { 'is required': 'required', 'is not allowed': 'additionalProperties' };

/** A server problem message in the UI language when we know its wording, else unchanged. */
export function serverMessage(message: string, t: TFunction): string {
  const keyword = SERVER_KEYWORDS[message];
  if (keyword === 'required') return t('inbox.vRequired');
  if (keyword === 'additionalProperties') return t('inbox.vNotAllowed');
  return message;
}
