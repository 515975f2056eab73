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
