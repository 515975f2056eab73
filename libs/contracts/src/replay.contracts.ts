import type { StateValueContract } from './common.contracts';
import type { InstanceStatus } from './instance.contracts';

/** One move of the path taken: at history entry `seq`, the leaf states left and entered. */
export interface ReplayTransitionContract {
  seq: number;
  event: string;
  from: string[];
  to: string[];
}

/** One context difference against the entry before. */
export interface ContextChangeContract {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** What the history player shows at one entry; recomputed from history by the engine. */
export interface ReplayStepContract {
  seq: number;
  type: string;
  actor: string;
  at: string;
  data: Record<string, unknown>;
  state: StateValueContract;
  status: InstanceStatus;
  /** Active state paths, ancestors included. */
  activeStates: string[];
  /** Every move from entry 1 to this one. */
  transitions: ReplayTransitionContract[];
  context: Record<string, unknown>;
  changes: ContextChangeContract[];
  /** The definition version the instance ran on after this entry (changes at a `@migrate`). */
  version: number;
  /** Fields 表单权限 hides from this reader, left out of `data` (absent when none); `context` and `changes` never show them. */
  redacted?: string[];
}

/** `GET /api/instances/:id/replay/steps`. */
export interface ReplayStepsResponse {
  items: ReplayStepContract[];
  /** Entries in the whole history. */
  total: number;
  /** `from` of the next page, null after the last entry. */
  nextFrom: number | null;
}
