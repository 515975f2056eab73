/** One role grant; `departmentId` scopes it ("the finance reviewer of this branch"), null = everywhere. */
export interface OrgRoleGrant {
  role: string;
  departmentId: string | null;
}

export interface OrgDepartment {
  id: string;
  /** Unique kebab-case code (`finance`, `county-branch`); definitions name departments by it. */
  code: string;
  name: { zh: string; en: string };
  parentId: string | null;
  /** Username of the head, or null. */
  head: string | null;
}

export interface OrgUser {
  username: string;
  departmentId: string | null;
  /** Username of the explicit manager, or null (then the department head manages). */
  manager: string | null;
  active: boolean;
  roles: OrgRoleGrant[];
}

/**
 * 代理: while `startsAt <= t < endsAt` (ISO-8601 date-times), new approval tasks of `principal`
 * go to `proxy`. Cancelled ranges are simply not in a snapshot.
 */
export interface OrgProxy {
  principal: string;
  proxy: string;
  startsAt: string;
  endsAt: string;
}

/** The organisation as plain data: what the resolvers read, nothing else. */
export interface OrgSnapshot {
  departments: OrgDepartment[];
  users: OrgUser[];
  /** Out-of-office proxies not cancelled and not yet ended; absent: nobody is away. */
  proxies?: OrgProxy[];
}

/** `context.<path>` read from the instance context (a form field). */
export interface FieldRef {
  field: string;
}

/** Where a role is looked for: the starter's department, a department chosen in a form, or a fixed one. */
export type RoleScope = 'starter-department' | FieldRef | { department: string };

/** Who may approve, as the definition states it; resolved by {@link resolveApprovers}. */
export type ApproverSource =
  | { kind: 'users'; users: string[] }
  | { kind: 'role'; role: string; scope?: RoleScope }
  | { kind: 'starter' }
  | { kind: 'manager'; level?: number }
  | { kind: 'manager-chain'; levels?: number; untilRole?: string; top?: boolean }
  | { kind: 'department-head'; department?: 'starter' | FieldRef }
  | { kind: 'field'; field: string }
  | { kind: 'registry'; name: string; params?: Record<string, unknown> };

export type ApproverSourceKind = ApproverSource['kind'];

/** Stable codes saying why a source resolved as it did (for history and the designer's preview). */
export type ApproverNote =
  | 'unknown-user'
  | 'inactive-skipped'
  | 'unknown-starter'
  | 'no-manager'
  | 'chain-cycle'
  | 'chain-top'
  | 'no-holder'
  | 'unknown-department'
  | 'no-department'
  | 'no-head'
  | 'inherited-head'
  | 'field-empty'
  | 'field-not-user'
  | 'registry-unavailable';

export interface ApproverTrace {
  source: ApproverSource;
  /** Active users this source contributed, in order (before de-duplication across sources). */
  users: string[];
  note?: ApproverNote;
  /** Usernames the source named but that were skipped (inactive or unknown). */
  skipped?: string[];
}

export interface ApproverResolution {
  /** Ordered, de-duplicated, active usernames. */
  users: string[];
  trace: ApproverTrace[];
  /**
   * True when nothing resolved. What then happens is the task's `onEmpty` (skip the task,
   * give it to an admin, or fail the step) — decided by the caller, not here.
   */
  empty: boolean;
}

/** Resolves `{kind: 'registry'}` sources (a later extension); without one they resolve to nobody. */
export type RegistryApproverResolver = (
  source: Extract<ApproverSource, { kind: 'registry' }>,
  org: OrgSnapshot,
  input: ApproverInput,
) => string[];

export interface ApproverInput {
  starter: string;
  context?: unknown;
  registry?: RegistryApproverResolver;
}

export interface ManagerChainOptions {
  /** At most this many managers. */
  levels?: number;
  /** Stop at (and include) the first manager holding this role. */
  untilRole?: string;
  /** Go to the top (the default when no other limit is given). */
  top?: boolean;
}

/** The chain and why it ended. */
export interface ManagerChain {
  users: string[];
  end: 'levels' | 'role' | 'top' | 'cycle';
}
