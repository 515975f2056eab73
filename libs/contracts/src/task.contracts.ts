import type { LocalizedLabel, StateValueContract } from './common.contracts';
import type { InstanceStatus } from './instance.contracts';

export type TaskStatus = 'open' | 'done' | 'cancelled';
export type TaskScope = 'mine' | 'candidate' | 'all';

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
  /** 代理: the approver this task is held for; null or absent when the assignee holds it in their own right. */
  onBehalfOf?: string | null;
  /** 代理: until when the proxy may act; after it only `onBehalfOf` may. */
  proxyUntil?: string | null;
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
}

/** An item of `GET /api/tasks`: the task plus its instance summary. */
export interface TaskListItem extends Task {
  instance: TaskInstanceSummary;
}

export type TaskSort = 'created' | 'due';

export interface TaskList {
  items: TaskListItem[];
}
