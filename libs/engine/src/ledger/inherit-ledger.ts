import { isPlainObject } from '../support/json-value';

/** A definition version's meta as the ledger reads it. */
export interface LedgerVersionMeta {
  key: string;
  version: number;
  meta: Record<string, unknown>;
}

/**
 * Versions published before a workflow declared `meta.ledger` read their contexts through the
 * mapping of the nearest later version that declares one (the workflow recorded the same lists
 * before it said where); a version's own mapping always wins, and its other meta is kept.
 * Versions of a key none of whose versions declares a ledger are left out.
 */
export function inheritLedger(versions: readonly LedgerVersionMeta[]): LedgerVersionMeta[] {
  const out: LedgerVersionMeta[] = [];
  const byKey = new Map<string, LedgerVersionMeta[]>();
  for (const v of versions) byKey.set(v.key, [...(byKey.get(v.key) ?? []), v]);
  for (const list of byKey.values()) {
    let later: unknown;
    for (const v of [...list].sort((a, b) => b.version - a.version)) {
      const own = isPlainObject(v.meta) && Array.isArray(v.meta.ledger) ? v.meta.ledger : undefined;
      if (own) later = own;
      if (later !== undefined) out.push({ ...v, meta: { ...v.meta, ledger: own ?? later } });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
}
