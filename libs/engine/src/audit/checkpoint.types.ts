/** One instance as a checkpoint saw it: its latest history entry. */
export interface CheckpointLeaf {
  instanceId: string;
  seq: number;
  hash: string;
}

/** The fields a checkpoint's hash covers. */
export interface CheckpointBody {
  seq: number;
  /** ISO-8601 UTC with milliseconds. */
  at: string;
  /** Number of leaves (instances). */
  count: number;
  /** Merkle root over the leaves sorted by instance id. */
  root: string;
  /** The previous checkpoint's hash; 64 zeros for checkpoint 1. */
  prevHash: string;
}

export interface CheckpointRecord extends CheckpointBody {
  hash: string;
}

/** An inclusion proof of one instance's leaf in a checkpoint. */
export interface CheckpointProof {
  instanceId: string;
  leafIndex: number;
  leaf: CheckpointLeaf;
  auditPath: string[];
}

/** Why a checkpoint does not hold against the instances it covers. */
export const CHECKPOINT_FAILURE_CODES = [
  'root',
  'chain',
  'signature',
  'instance-missing',
  'entry-missing',
  'entry-changed',
] as const;
export type CheckpointFailureCode = (typeof CHECKPOINT_FAILURE_CODES)[number];

export interface CheckpointFailure {
  code: CheckpointFailureCode;
  instanceId?: string;
  seq?: number;
  /** English explanation for logs and API clients. */
  message: string;
}
