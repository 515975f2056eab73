/** What happens to a timer after its firing failed `attempts` times in all. */
export type RetryDecision = { status: 'scheduled'; delayMs: number } | { status: 'failed' };

export interface BackoffRule {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * Exponential backoff: the n-th failure waits `retryBaseMs · 2^(n-1)` (capped at `retryMaxMs`);
 * the `maxAttempts`-th failure gives up, so the timer becomes a `failed` incident.
 *
 * @example afterFailure(1, { maxAttempts: 5, retryBaseMs: 1000, retryMaxMs: 60000 }) // { status: 'scheduled', delayMs: 1000 }
 */
export function afterFailure(attempts: number, rule: BackoffRule): RetryDecision {
  if (attempts >= rule.maxAttempts) return { status: 'failed' };
  const exponent = Math.max(0, attempts - 1);
  // 2^exponent overflows to Infinity long after the cap applies; Math.min keeps it finite.
  return { status: 'scheduled', delayMs: Math.min(rule.retryMaxMs, rule.retryBaseMs * 2 ** exponent) };
}
