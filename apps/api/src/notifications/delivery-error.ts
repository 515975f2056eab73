/** A delivery that no retry can fix (e.g. the recipient has no address): failed at once. */
export class PermanentDeliveryError extends Error {}

/** Backoff before the next attempt: `base`, then doubled after each failed attempt. */
export function retryDelayMs(baseMs: number, attemptsMade: number): number {
  return baseMs * 2 ** Math.max(0, attemptsMade - 1);
}

/** A short reason for the outbox row (the cause's code for a network error). */
export function deliveryErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return (detail ? `${error.message}: ${detail}` : error.message).slice(0, 500);
}
