import type { LocalizedLabel } from './common.contracts';

/** A department (`GET /api/departments` nests them as a tree). */
export interface Department {
  id: string;
  /** Unique kebab-case code; definitions name departments by it. */
  code: string;
  name: LocalizedLabel;
  parentId: string | null;
  /** Username of the head (the fallback manager of its members), or null. */
  head: string | null;
  createdAt: string;
}

export interface DepartmentNode extends Department {
  children: DepartmentNode[];
}

/** `GET /api/departments`: the roots, each with its children. */
export interface DepartmentTree {
  items: DepartmentNode[];
}

/** `POST /api/departments` (admin). */
export interface CreateDepartmentRequest {
  code: string;
  name: LocalizedLabel;
  parentId?: string | null;
  head?: string | null;
}

/** `PATCH /api/departments/:id` (admin): rename, move (no cycles: 422 `/parentId`), set the head. */
export interface UpdateDepartmentRequest {
  code?: string;
  name?: LocalizedLabel;
  parentId?: string | null;
  head?: string | null;
}

/** A role held in one department ("the finance reviewer of this branch"). */
export interface ScopedRole {
  role: string;
  departmentId: string;
}

/** One manager of `GET /api/users/:username/managers`. */
export interface ManagerEntry {
  username: string;
  displayName: string;
  active: boolean;
}

/** `GET /api/users/:username/managers`: the chain nearest first, and why it ended. */
export interface ManagerChainResponse {
  username: string;
  managers: ManagerEntry[];
  end: 'levels' | 'role' | 'top' | 'cycle';
}

/** `{field: 'context.<path>'}`: a value chosen in a form. */
export interface FieldRefContract {
  field: string;
}

/** Who may approve, as a definition states it (the engine's `ApproverSource`). */
export type ApproverSourceContract =
  | { kind: 'users'; users: string[] }
  | { kind: 'role'; role: string; scope?: 'starter-department' | FieldRefContract | { department: string } }
  | { kind: 'starter' }
  | { kind: 'manager'; level?: number }
  | { kind: 'manager-chain'; levels?: number; untilRole?: string; top?: boolean }
  | { kind: 'department-head'; department?: 'starter' | FieldRefContract }
  | { kind: 'field'; field: string }
  | { kind: 'registry'; name: string; params?: Record<string, unknown> };

/** `POST /api/org/resolve` (owner, admin): who would approve for this starter and context. */
export interface ResolveApproversRequest {
  starter: string;
  context?: Record<string, unknown>;
  sources: ApproverSourceContract[];
}

export interface ApproverTraceContract {
  source: ApproverSourceContract;
  users: string[];
  /** Stable code: unknown-user, inactive-skipped, no-manager, chain-cycle, chain-top, no-holder, … */
  note?: string;
  skipped?: string[];
}

export interface ResolveApproversResponse {
  users: string[];
  trace: ApproverTraceContract[];
  empty: boolean;
}
