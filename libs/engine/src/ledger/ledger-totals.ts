import type { LedgerEntry, LedgerKind } from './ledger.types';

/** Sums of one group: CNY of fines and of penalties, points, and how many entries. */
export type LedgerSums = Record<LedgerKind, number> & { entries: number };

/** The Asia/Shanghai month `yyyy-MM` of an instant (China keeps no summer time). */
export function shanghaiMonth(at: string): string {
  return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 7);
}

/**
 * Sums per group, groups in first-seen order; money and points stay apart (they do not add).
 * Money is summed in fen so ¥0.10 + ¥0.20 is ¥0.30.
 */
export function ledgerTotals<E extends Pick<LedgerEntry, 'kind' | 'amount'>>(
  entries: readonly E[],
  keyOf: (entry: E) => string,
): Map<string, LedgerSums> {
  const fen = new Map<string, LedgerSums>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const sums = fen.get(key) ?? { fine: 0, penalty: 0, points: 0, entries: 0 };
    sums[entry.kind] += entry.kind === 'points' ? entry.amount : Math.round(entry.amount * 100);
    sums.entries += 1;
    fen.set(key, sums);
  }
  for (const sums of fen.values()) {
    sums.fine /= 100;
    sums.penalty /= 100;
  }
  return fen;
}
