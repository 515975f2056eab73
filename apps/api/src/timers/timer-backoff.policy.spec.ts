import { afterFailure } from './timer-backoff.policy';

const rule = { maxAttempts: 4, retryBaseMs: 1000, retryMaxMs: 5000 };

describe('afterFailure', () => {
  it('doubles the delay per failure up to the cap', () => {
    expect([1, 2, 3].map((n) => afterFailure(n, { ...rule, maxAttempts: 10 }))).toEqual([
      { status: 'scheduled', delayMs: 1000 },
      { status: 'scheduled', delayMs: 2000 },
      { status: 'scheduled', delayMs: 4000 },
    ]);
    expect(afterFailure(9, { ...rule, maxAttempts: 10 })).toEqual({ status: 'scheduled', delayMs: 5000 });
  });

  it('gives up at the last attempt', () => {
    expect(afterFailure(3, rule)).toEqual({ status: 'scheduled', delayMs: 4000 });
    expect(afterFailure(4, rule)).toEqual({ status: 'failed' });
    expect(afterFailure(7, rule)).toEqual({ status: 'failed' });
  });

  it('fails at once when only one attempt is allowed', () => {
    expect(afterFailure(1, { ...rule, maxAttempts: 1 })).toEqual({ status: 'failed' });
  });

  it('stays finite for huge attempt counts', () => {
    expect(afterFailure(5000, { ...rule, maxAttempts: 10_000 })).toEqual({ status: 'scheduled', delayMs: 5000 });
  });
});
