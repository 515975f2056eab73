import { getAt } from '../support/field-path';
import { departmentHead } from './departments';
import { upwardsHead } from './heads';
import { managerChainWithEnd } from './managers';
import { indexOrg } from './org-index';
import type {
  ApproverInput,
  ApproverNote,
  ApproverResolution,
  ApproverSource,
  ApproverTrace,
  FieldRef,
  OrgDepartment,
  OrgSnapshot,
} from './org.types';
import { roleHoldersFor, usersWithRole } from './role-holders';

interface Found {
  users: string[];
  note?: ApproverNote;
}

/** Reads `context.<path>`; anything else reads nothing. */
function readField(input: ApproverInput, field: string): unknown {
  if (field !== 'context' && !field.startsWith('context.')) return undefined;
  return getAt(input.context ?? {}, field.slice('context.'.length));
}

/** A department named by id or code. */
function findDepartment(org: OrgSnapshot, ref: unknown): OrgDepartment | undefined {
  if (typeof ref !== 'string') return undefined;
  const { departments, byCode } = indexOrg(org);
  return departments.get(ref) ?? byCode.get(ref);
}

function starterDepartment(org: OrgSnapshot, input: ApproverInput): OrgDepartment | undefined {
  const id = indexOrg(org).users.get(input.starter)?.departmentId;
  return id ? indexOrg(org).departments.get(id) : undefined;
}

/** The department a `role` scope or a `department-head` source points at, or why there is none. */
function scopeDepartment(
  org: OrgSnapshot,
  input: ApproverInput,
  scope: 'starter-department' | 'starter' | FieldRef | { department: string },
): OrgDepartment | ApproverNote {
  if (scope === 'starter-department' || scope === 'starter') return starterDepartment(org, input) ?? 'no-department';
  if ('field' in scope) {
    const value = readField(input, scope.field);
    if (value === undefined || value === null || value === '') return 'field-empty';
    return findDepartment(org, value) ?? 'unknown-department';
  }
  return findDepartment(org, scope.department) ?? 'unknown-department';
}

function fromChain(org: OrgSnapshot, starter: string, options: Parameters<typeof managerChainWithEnd>[2]): Found {
  const chain = managerChainWithEnd(org, starter, options);
  if (chain.users.length === 0) return { users: [], note: chain.end === 'cycle' ? 'chain-cycle' : 'no-manager' };
  if (chain.end === 'cycle') return { users: chain.users, note: 'chain-cycle' };
  if (chain.end === 'top' && (options?.levels !== undefined || options?.untilRole !== undefined))
    return { users: chain.users, note: 'chain-top' };
  return { users: chain.users };
}

function resolveOne(source: ApproverSource, org: OrgSnapshot, input: ApproverInput): Found {
  const known = indexOrg(org).users;
  if (source.kind !== 'users' && source.kind !== 'field' && source.kind !== 'registry' && !known.has(input.starter))
    return { users: [], note: 'unknown-starter' };
  switch (source.kind) {
    case 'users':
      return { users: source.users };
    case 'starter':
      return { users: [input.starter] };
    case 'manager': {
      const level = source.level ?? 1;
      const chain = managerChainWithEnd(org, input.starter, { levels: level });
      const manager = chain.users[level - 1];
      if (manager !== undefined) return { users: [manager] };
      return { users: [], note: chain.end === 'cycle' ? 'chain-cycle' : 'no-manager' };
    }
    case 'manager-chain':
      return fromChain(org, input.starter, { levels: source.levels, untilRole: source.untilRole, top: source.top });
    case 'role': {
      if (!source.scope) {
        const users = usersWithRole(org, source.role);
        return users.length ? { users } : { users, note: 'no-holder' };
      }
      const department = scopeDepartment(org, input, source.scope);
      if (typeof department === 'string') return { users: [], note: department };
      const users = roleHoldersFor(org, source.role, department.id);
      return users.length ? { users } : { users, note: 'no-holder' };
    }
    case 'department-head': {
      const department = scopeDepartment(org, input, source.department ?? 'starter');
      if (typeof department === 'string') return { users: [], note: department };
      const head = departmentHead(org, department.id);
      if (head !== null) return { users: [head] };
      const inherited = upwardsHead(org, department.id);
      return inherited?.head ? { users: [inherited.head], note: 'inherited-head' } : { users: [], note: 'no-head' };
    }
    case 'field': {
      const value = readField(input, source.field);
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
        return { users: [], note: 'field-empty' };
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => typeof v === 'string')) return { users: [], note: 'field-not-user' };
      return { users: list as string[] };
    }
    case 'registry':
      return input.registry
        ? { users: input.registry(source, org, input) }
        : { users: [], note: 'registry-unavailable' };
  }
}

/**
 * The approvers of a task: every source in order, unknown and inactive users skipped, each
 * user once (first mention wins), with a per-source trace for the history.
 */
export function resolveApprovers(
  sources: readonly ApproverSource[],
  org: OrgSnapshot,
  input: ApproverInput,
): ApproverResolution {
  const known = indexOrg(org).users;
  const trace: ApproverTrace[] = sources.map((source) => {
    const found = resolveOne(source, org, input);
    const users = found.users.filter((u) => known.get(u)?.active === true);
    const skipped = found.users.filter((u) => !users.includes(u));
    const entry: ApproverTrace = { source, users };
    const note =
      found.note ??
      (skipped.some((u) => !known.has(u)) ? 'unknown-user' : skipped.length ? 'inactive-skipped' : undefined);
    if (note) entry.note = note;
    if (skipped.length) entry.skipped = skipped;
    return entry;
  });
  const users = [...new Set(trace.flatMap((t) => t.users))];
  return { users, trace, empty: users.length === 0 };
}
