import type { LocalizedLabel } from './common.contracts';

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
}

export interface TaskList {
  items: Task[];
}
