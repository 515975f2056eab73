/** A delivery that no retry can fix (e.g. the recipient has no address): failed at once. */
export class PermanentDeliveryError extends Error {}

/** Backoff before the next attempt: `base`, then doubled after each failed attempt. */
export function retryDelayMs(baseMs: number, attemptsMade: number): number {
  return baseMs * 2 ** Math.max(0, attemptsMade - 1);
}

/**
 * A short reason for the outbox row (with the cause's code for a network error). Duck-typed:
 * fetch's errors come from another realm under some runners, where `instanceof Error` fails.
 */
export function deliveryErrorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return String(error).slice(0, 500);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return (detail ? `${message}: ${detail}` : message).slice(0, 500);
}
