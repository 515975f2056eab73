import { upwardsHead } from './heads';
import { indexOrg } from './org-index';
import type { ManagerChain, ManagerChainOptions, OrgSnapshot } from './org.types';

/**
 * The user's manager: the explicit one, else the head of the user's department, or of the
 * nearest ancestor whose head is not the user himself (a head is managed one level up).
 */
export function managerOf(org: OrgSnapshot, username: string): string | null {
  const user = indexOrg(org).users.get(username);
  if (!user) return null;
  if (user.manager !== null && user.manager !== username) return user.manager;
  if (user.departmentId === null) return null;
  return upwardsHead(org, user.departmentId, username)?.head ?? null;
}

/** 连续多级主管: the manager, their manager, … without repeating anyone, and why it stopped. */
export function managerChainWithEnd(
  org: OrgSnapshot,
  username: string,
  options: ManagerChainOptions = {},
): ManagerChain {
  const { users } = indexOrg(org);
  const chain: string[] = [];
  const seen = new Set([username]);
  let current = username;
  for (;;) {
    if (options.levels !== undefined && chain.length >= options.levels) return { users: chain, end: 'levels' };
    const next = managerOf(org, current);
    if (next === null) return { users: chain, end: 'top' };
    if (seen.has(next)) return { users: chain, end: 'cycle' };
    seen.add(next);
    chain.push(next);
    const role = options.untilRole;
    if (role !== undefined && users.get(next)?.roles.some((g) => g.role === role)) return { users: chain, end: 'role' };
    current = next;
  }
}

/** The usernames of {@link managerChainWithEnd}. */
export function managerChain(org: OrgSnapshot, username: string, options: ManagerChainOptions = {}): string[] {
  return managerChainWithEnd(org, username, options).users;
}
