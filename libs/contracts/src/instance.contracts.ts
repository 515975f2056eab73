import type { StateValueContract, SummaryField } from './common.contracts';
import type { Task } from './task.contracts';

export type InstanceStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface Instance {
  id: string;
  definitionKey: string;
  version: number;
  businessKey: string | null;
  status: InstanceStatus;
  state: StateValueContract;
  context: Record<string, unknown>;
  /** Event types the current state handles (guards not evaluated), without internal or timer events. */
  acceptedEvents: string[];
  /** The instance's open tasks. */
  tasks: Task[];
  /** Seq of the latest history entry. */
  seq: number;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  /** The definition's `meta.summary` read from the context; [] without one. */
  summary: SummaryField[];
  /** Why a `failed` instance stopped, e.g. `{code: 'no-approvers', statePath: 'review'}`. */
  failure?: { code: string; statePath?: string; message?: string };
}

export interface InstancePage {
  items: Instance[];
  nextCursor: string | null;
}

export interface HistoryEntry {
  seq: number;
  type: string;
  data: Record<string, unknown>;
  actor: string;
  at: string;
  stateAfter: StateValueContract;
  prevHash: string;
  hash: string;
  /**
   * The start-form fields 表单权限 hides from this reader, left out of `data`: the entry's
   * `hash` does not recompute from what was sent. Absent when nothing was left out.
   */
  redacted?: string[];
}

export interface HistoryResponse {
  items: HistoryEntry[];
  /** Paged (`?limit=`): the `after` of the next page, `null` at the end; absent for the whole history. */
  nextAfter?: number | null;
}

export interface ReplayResponse {
  seq: number;
  state: StateValueContract;
  context: Record<string, unknown>;
  status: InstanceStatus;
}

export interface VerifyResponse {
  ok: boolean;
  checked: number;
  firstBadSeq?: number;
  /** English explanation of the first failure. */
  reason?: string;
  /** Stable kind of the first failure, for clients to label. */
  code?: 'gap' | 'prev-hash' | 'hash' | 'state' | 'instance-row';
}

export interface CompleteTaskResponse {
  task: Task;
  instance: Instance;
}
