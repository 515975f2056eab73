import type { LocalizedLabel, StateValueContract, SummaryField } from './common.contracts';
import type { InstanceStatus } from './instance.contracts';

/**
 * `transferred` 转办, `delegated` 委派 (a new task went to the delegate), `removed` 减签, `moved`
 * an admin moved the instance out of the task's state (`@move`).
 */
export type TaskStatus = 'open' | 'done' | 'cancelled' | 'transferred' | 'delegated' | 'removed' | 'moved';
/**
 * mine: assigned to or completed by me; candidate: open, unassigned, one of my roles may claim;
 * todo: open and mine or claimable (待办's "all"); all: every task (leaders, auditors, admins).
 */
export type TaskScope = 'mine' | 'candidate' | 'todo' | 'all';

export interface Task {
  id: string;
  instanceId: string;
  definitionKey: string;
  statePath: string;
  title: LocalizedLabel;
  candidateRoles: string[];
  assignee: string | null;
  status: TaskStatus;
  outcomes: string[];
  formSchema: Record<string, unknown>;
  dueAt: string | null;
  createdAt: string;
  completedAt: string | null;
  completedBy: string | null;
  outcome: string | null;
  /** An approval task: its approver slot (`<round>.<n>`); null for other tasks. */
  slot?: string | null;
  /** A proxy's task (代理): the approver it acts for. */
  onBehalfOf?: string | null;
  /** Until when the proxy may act on it. */
  proxyUntil?: string | null;
  /** A delegated task (委派): the approver it returns to. */
  delegatedBy?: string | null;
}

/** The instance a task belongs to, as the inbox shows it. */
export interface TaskInstanceSummary {
  id: string;
  definitionKey: string;
  version: number;
  /** The definition's title. */
  title: LocalizedLabel;
  businessKey: string | null;
  startedBy: string;
  state: StateValueContract;
  status: InstanceStatus;
  /** The definition's `meta.summary` read from the instance (e.g. amount and subject); [] without one. */
  summary: SummaryField[];
  createdAt: string;
}

/** An item of `GET /api/tasks`: the task plus its instance summary. */
export interface TaskListItem extends Task {
  instance: TaskInstanceSummary;
  /** Open and past its `dueAt` by the server's clock (a step's timeout counts as its due time). */
  overdue: boolean;
}

/** created: newest first; due: soonest due first, then newest; completed: most recently completed first. */
export type TaskSort = 'created' | 'due' | 'completed';

export interface TaskList {
  items: TaskListItem[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

/** `GET /api/tasks/counts`: open work for the badges, counted whole (a list stops at 500). */
export interface TaskCounts {
  /** Open tasks assigned to me. */
  mine: number;
  /** Open, unassigned tasks one of my roles may claim. */
  claimable: number;
  /** Of those two, the ones past their due time. */
  overdue: number;
}
