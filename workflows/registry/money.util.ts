/**
 * Exact money and ratio arithmetic for domain rules. Amounts in yuan are turned into
 * integer fen (cents) and percentages into integer basis points, so that a 5% boundary
 * is compared exactly and never falls on the wrong side through floating point.
 */

/** Basis points in one whole (100%). */
export const BASIS_POINTS = 10_000;

/** A finite number, else `undefined`. */
export function asFiniteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Yuan to integer fen, rounded half away from zero (inputs carry at most 2 decimals). */
export function toCents(yuan: number): number {
  return Math.sign(yuan) * Math.round(Math.abs(yuan) * 100);
}

/** A percentage (`1.5` = 1.5%) to integer basis points (`150`). */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** Integer division rounded toward negative infinity; `divisor` must be a positive integer. */
export function floorDiv(dividend: number, divisor: number): number {
  const remainder = ((dividend % divisor) + divisor) % divisor;
  return (dividend - remainder) / divisor;
}

/** Integer division rounded half up (for non-negative dividends); `divisor` a positive integer. */
export function roundDiv(dividend: number, divisor: number): number {
  const quotient = floorDiv(dividend, divisor);
  const remainder = dividend - quotient * divisor;
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}
