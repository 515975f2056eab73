import type { JsonObject } from '../definition/definition.types';
import type { StateValue } from '../runtime/runtime.types';

/** The fields a history entry's hash covers (docs/http-api.md: Instances / history). */
export interface HashedEntry {
  instanceId: string;
  seq: number;
  type: string;
  data: JsonObject;
  actor: string;
  /** ISO-8601 UTC with milliseconds. */
  at: string;
  stateAfter: StateValue;
  prevHash: string;
}

export interface StoredEntry extends HashedEntry {
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBadSeq?: number;
  reason?: string;
}

/** Why a history fails verification, per entry (or the instance row after the last entry). */
export const HISTORY_FAILURE_REASONS = ['gap', 'prev-hash', 'hash', 'state', 'instance-row'] as const;

export type HistoryFailureReason = (typeof HISTORY_FAILURE_REASONS)[number];

/** What the instances table holds about the end of a history. */
export interface StoredInstanceState {
  seq: number;
  state: StateValue;
  context: JsonObject;
  /** `running`, `done` or `failed`; compared when given. */
  status?: string;
  /** The hash of the last entry; compared when given. */
  lastHash?: string;
}

export interface HistoryVerification {
  ok: boolean;
  /** The number of history entries verified. */
  checked: number;
  firstFailure?: {
    /** The first entry that fails, or for `instance-row` the row's seq (at most the last entry). */
    seq: number;
    reason: HistoryFailureReason;
    /** English explanation for logs and API clients. */
    message: string;
  };
}
