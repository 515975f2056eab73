import type { LocalizedText } from '../definition/definition.types';

/** What a ledger entry is: a fine or a penalty in CNY, or assessment points. */
export const LEDGER_KINDS = ['fine', 'points', 'penalty'] as const;

export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * One source of ledger entries in `meta.ledger`: where in an instance's context the workflow
 * records fines, points or penalties, as data (paths), so no workflow needs code of its own.
 */
export interface LedgerSourceSpec {
  kind: LedgerKind;
  /** Context path of a list of records (`fines`); absent: the context itself is the one record. */
  from?: string;
  /** A path in the record that must be `true` for it to count (`credited`). */
  when?: string;
  /** Fields of the record that must equal these values (`{against: 'unit'}`). */
  where?: Record<string, string | number | boolean>;
  /** Path in the record of the amount (CNY for fines and penalties, points for points). */
  amount: string;
  /** Path in the record of when it was recorded (ISO-8601); `at` (what `append` with `stamp` writes) by default. */
  at?: string;
  /** `starter`, or a path in the record naming the username; absent: the entry is a unit's, not a person's. */
  person?: string;
  /** Path in the record naming the unit; absent: the person's department (resolved by the caller). */
  department?: string;
  /** Path in the record of the reason (`{zh, en}` or text), or a fixed `{zh, en}`. */
  reason: string | LocalizedText;
}

/** What an instance contributes to the ledger. */
export interface LedgerEntry {
  kind: LedgerKind;
  amount: number;
  /** Username the entry applies to; null for a unit's entry. */
  person: string | null;
  /** The unit named in the record; null when it is the person's department. */
  unit: string | null;
  /** ISO-8601 UTC. */
  at: string;
  reason: LocalizedText;
  instanceId: string;
  definitionKey: string;
  /** Which `meta.ledger` source and which record of it (stable within an instance). */
  source: number;
  record: number;
}

/** What the extractor reads of an instance. */
export interface LedgerInstance {
  id: string;
  definitionKey: string;
  startedBy: string;
  context: Record<string, unknown>;
}
