// Turns any thrown value into what the error alert shows: a headline, the server message and field problems.
import type { ProblemContract } from '@liucheng/contracts';
import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR_STATUS } from '../api/api-error';

export interface ErrorSummary {
  headline: string;
  message: string;
  problems: ProblemContract[];
  acceptedEvents?: string[];
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
  return {
    headline: headlineFor(body.statusCode, details.reason, t) ?? `${body.statusCode} ${body.error}`,
    message: body.statusCode === NETWORK_ERROR_STATUS ? t('error.network') : message,
    problems: Array.isArray(details.errors) ? details.errors : [],
    acceptedEvents: Array.isArray(details.acceptedEvents) ? details.acceptedEvents : undefined,
  };
}

function headlineFor(status: number, reason: unknown, t: TFunction): string | undefined {
  if (status === NETWORK_ERROR_STATUS) return t('error.title');
  if (status === 409) return t('error.conflict');
  if (status === 422 && reason === 'guard') return t('error.guard');
  if (status === 422) return t('error.unprocessable');
  if (status === 403) return t('error.forbidden');
  if (status === 401) return t('error.sessionExpired');
  return undefined;
}
