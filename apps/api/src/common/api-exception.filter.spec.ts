import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { ApiError } from './api-error';
import { toErrorBody } from './api-exception.filter';

/** A server error as `pg` raises it. */
function pgError(code: string, message = 'server said no'): DatabaseError {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
}

/** A Node socket error. */
function socketError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });
}

describe('toErrorBody: database availability', () => {
  it.each([
    ['ECONNRESET', socketError('ECONNRESET')],
    ['ECONNREFUSED', socketError('ECONNREFUSED')],
    ['57P01 admin shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['57P02 crash shutdown', pgError('57P02')],
    ['57P03 cannot connect now', pgError('57P03', 'the database system is starting up')],
    ['08006 connection failure', pgError('08006')],
    ['Connection terminated', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['query timeout', new Error('Query read timeout')],
    ['TypeORM-wrapped', new QueryFailedError('SELECT 1', [], socketError('ECONNRESET'))],
    ['AggregateError of refusals', new AggregateError([socketError('ECONNREFUSED')])],
  ])('%s → 503 database-unavailable', (_name, error) => {
    expect(toErrorBody(error)).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'database-unavailable',
      details: { reason: 'database-unavailable' },
    });
  });

  it.each([
    ['40P01 deadlock', pgError('40P01')],
    ['40001 serialization failure', pgError('40001')],
  ])('%s → 503 transaction-conflict (retryable)', (_name, error) => {
    expect(toErrorBody(error)).toMatchObject({ statusCode: 503, code: 'transaction-conflict' });
  });

  it('keeps other database errors as they were: a data exception is 400, a unique violation 500', () => {
    expect(toErrorBody(new QueryFailedError('INSERT', [], pgError('22P05'))).statusCode).toBe(400);
    expect(toErrorBody(pgError('23505'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
  });

  it('gives a thrown 503 the reason as its code', () => {
    const body = toErrorBody(new ApiError(503, 'Database is down', { db: 'down', reason: 'database-unavailable' }));
    expect(body).toMatchObject({ statusCode: 503, code: 'database-unavailable', details: { db: 'down' } });
  });

  it('adds no code to other API errors', () => {
    expect(toErrorBody(ApiError.conflict('no', { reason: 'not-running' }))).not.toHaveProperty('code');
  });
});
