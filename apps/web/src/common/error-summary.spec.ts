import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { summariseError } from './error-summary';

// Echoes the key (and options) so the test sees which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('summariseError', () => {
  it.each([
    [409, undefined, 'error.conflict'],
    [422, 'guard', 'error.guard'],
    [422, undefined, 'error.unprocessable'],
    [403, undefined, 'error.forbidden'],
    [401, undefined, 'error.sessionExpired'],
    [400, undefined, 'error.badRequest'],
    [404, undefined, 'error.notFound'],
    [413, undefined, 'error.tooLarge'],
    [429, undefined, 'error.tooManyRequests'],
    [503, 'database-unavailable', 'error.unavailable'],
    [500, undefined, 'error.title'],
  ])('status %i (reason %s) -> %s', (statusCode, reason, headline) => {
    const error = new ApiError({
      statusCode,
      error: statusCode === 400 ? 'Bad Request' : 'X',
      message: 'm',
      details: { reason },
    });
    expect(summariseError(error, t).headline).toBe(headline);
  });

  it('keeps the server message, field problems and accepted events', () => {
    const error = new ApiError({
      statusCode: 409,
      error: 'Conflict',
      message: 'Event REJECT is not accepted',
      details: { acceptedEvents: ['HOSTED'], errors: [{ path: '/data/comment', message: 'is required' }] },
    });
    expect(summariseError(error, t)).toEqual({
      headline: 'error.conflict',
      message: 'Event REJECT is not accepted',
      problems: [{ path: '/data/comment', message: 'is required' }],
      acceptedEvents: ['HOSTED'],
      untranslated: true,
    });
  });

  it.each([
    ['department-code-taken', { reason: 'department-code-taken' }],
    ['proxy-overlap', { reason: 'proxy-overlap' }],
    ['not-accepted', { reason: 'not-accepted' }],
  ])('words a %s answer by its code, not the English message', (code, details) => {
    const error = new ApiError({ statusCode: 409, error: 'Conflict', message: 'English text', details });
    const summary = summariseError(error, t);
    expect(summary.message).toBe(`codes.${code}`);
    expect(summary.untranslated).toBeUndefined();
  });

  it.each([
    ['database-unavailable', 'error.databaseUnavailable'],
    ['transaction-conflict', 'error.transactionConflict'],
  ])('a 503 with code %s says %s instead of the English message', (code, message) => {
    const error = new ApiError({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'm',
      details: { reason: code },
    });
    expect(summariseError(error, t).message).toBe(message);
  });

  it.each([
    [new ApiError({ statusCode: 0, error: 'Network Error', message: 'TypeError: fetch failed' }), 'error.network'],
    [new Error('boom'), 'boom'],
    ['thrown string', 'error.unknown'],
  ])('%s -> message %s', (error, message) => {
    expect(summariseError(error, t).message).toBe(message);
  });
});
