// Turns any thrown value into what the error alert shows: a headline, the server message and field problems.
import type { ProblemContract } from '@liucheng/contracts';
import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR_STATUS } from '../api/api-error';
import { hasCodeLabel } from './problem-label';

export interface ErrorSummary {
  headline: string;
  message: string;
  problems: ProblemContract[];
  acceptedEvents?: string[];
  /** True when `message` is the server's English text (no code the UI can word). */
  untranslated?: true;
}

/** Explains an error in the UI language, keeping the server's own message and field paths. */
export function summariseError(error: unknown, t: TFunction): ErrorSummary {
  if (!(error instanceof ApiError)) {
    return {
      headline: t('error.title'),
      message: error instanceof Error ? error.message : t('error.unknown'),
      problems: [],
    };
  }
  const { body } = error;
  const details = body.details ?? {};
  const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
  const code = body.code ?? details.code ?? details.reason;
  const unavailable = body.statusCode === 503 ? unavailableMessage(code, t) : undefined;
  const worded = body.statusCode === NETWORK_ERROR_STATUS ? t('error.network') : (unavailable ?? codeMessage(code, t));
  return {
    headline: headlineFor(body.statusCode, details.reason, t),
    message: worded ?? message,
    problems: Array.isArray(details.errors) ? details.errors : [],
    acceptedEvents: Array.isArray(details.acceptedEvents) ? details.acceptedEvents : undefined,
    ...(worded === undefined ? { untranslated: true as const } : {}),
  };
}

/** Every status gets a headline in the UI language; the English reason phrase is never shown. */
function headlineFor(status: number, reason: unknown, t: TFunction): string {
  if (status === 409) return t('error.conflict');
  if (status === 422 && reason === 'guard') return t('error.guard');
  if (status === 422) return t('error.unprocessable');
  if (status === 403) return t('error.forbidden');
  if (status === 401) return t('error.sessionExpired');
  if (status === 400) return t('error.badRequest');
  if (status === 404) return t('error.notFound');
  if (status === 413) return t('error.tooLarge');
  if (status === 429) return t('error.tooManyRequests');
  if (status === 503) return t('error.unavailable');
  return t('error.title');
}

/** The answer's code in the UI language, when the `codes` section words it. */
function codeMessage(code: unknown, t: TFunction): string | undefined {
  return hasCodeLabel(code) ? t(`codes.${code}`) : undefined;
}

/** A 503 says why in the reader's language: the database is away, or a conflicting transaction. */
function unavailableMessage(code: unknown, t: TFunction): string {
  return code === 'transaction-conflict' ? t('error.transactionConflict') : t('error.databaseUnavailable');
}
