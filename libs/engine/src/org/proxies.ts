import { indexOrg } from './org-index';
import type { OrgProxy, OrgSnapshot } from './org.types';

/** A chain A→B→C→… is followed this many hops at most; it then stops at the last user reached. */
export const MAX_PROXY_HOPS = 5;

/** Creation-time loop search goes this deep (ranges overlap only briefly; data stays small). */
const MAX_CYCLE_DEPTH = 20;

/** The proxy a principal's tasks go to after following the chain; `via` are the users passed. */
export interface EffectiveProxy extends OrgProxy {
  /** Intermediate proxies, nearest first (empty for a direct proxy). */
  via: string[];
}

/** One approver slot after proxies: `user` acts, for `onBehalfOf` until `proxyUntil`. */
export interface ProxiedApprover {
  user: string;
  onBehalfOf?: string;
  proxyUntil?: string;
}

/** Ranges are half-open: active from `startsAt` (inclusive) until `endsAt` (exclusive). */
export function proxyActiveAt(proxy: Pick<OrgProxy, 'startsAt' | 'endsAt'>, at: Date): boolean {
  const t = at.getTime();
  return Date.parse(proxy.startsAt) <= t && t < Date.parse(proxy.endsAt);
}

/** Two half-open ranges share an instant (back to back does not count). */
export function rangesOverlap(
  a: Pick<OrgProxy, 'startsAt' | 'endsAt'>,
  b: Pick<OrgProxy, 'startsAt' | 'endsAt'>,
): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/**
 * The principal's own range active at `at` whose proxy is an active user; with several (only
 * possible in hand-edited data) the one that started first. An inactive or unknown proxy is
 * skipped: its link does not exist, so the principal keeps the task.
 */
function directProxy(org: OrgSnapshot, username: string, at: Date): OrgProxy | null {
  const { users } = indexOrg(org);
  let best: OrgProxy | null = null;
  for (const p of org.proxies ?? []) {
    if (p.principal !== username || !proxyActiveAt(p, at) || users.get(p.proxy)?.active !== true) continue;
    if (best === null || Date.parse(p.startsAt) < Date.parse(best.startsAt)) best = p;
  }
  return best;
}

/**
 * Whom the user's new approval tasks go to at `at`: their proxy, and that proxy's proxy while
 * they are away too (at most {@link MAX_PROXY_HOPS} hops). A chain that comes back to someone
 * already passed stops before them. The answer spans the instant the whole chain holds:
 * `startsAt` the latest start, `endsAt` the earliest end. Null when the user is not away.
 */
export function activeProxy(org: OrgSnapshot, username: string, at: Date): EffectiveProxy | null {
  const seen = new Set([username]);
  const chain: OrgProxy[] = [];
  let current = username;
  while (chain.length < MAX_PROXY_HOPS) {
    const next = directProxy(org, current, at);
    if (next === null || seen.has(next.proxy)) break;
    seen.add(next.proxy);
    chain.push(next);
    current = next.proxy;
  }
  if (chain.length === 0) return null;
  const latest = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
  const earliest = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
  return {
    principal: username,
    proxy: current,
    startsAt: chain.map((p) => p.startsAt).reduce(latest),
    endsAt: chain.map((p) => p.endsAt).reduce(earliest),
    via: chain.slice(0, -1).map((p) => p.proxy),
  };
}

/**
 * Replaces each approver who is away by their proxy, keeping the order. Each user holds one
 * slot, at their first place: when the proxy is already an approver in their own right (or
 * proxies for two principals), the slots merge, and a slot held in one's own right wins over
 * one held for someone else (it has no end); between two principals the first one listed wins.
 */
export function applyProxies(users: readonly string[], org: OrgSnapshot, at: Date): ProxiedApprover[] {
  const slots: ProxiedApprover[] = [];
  const slotOf = new Map<string, number>();
  for (const principal of users) {
    const proxy = activeProxy(org, principal, at);
    const slot: ProxiedApprover = proxy
      ? { user: proxy.proxy, onBehalfOf: principal, proxyUntil: proxy.endsAt }
      : { user: principal };
    const taken = slotOf.get(slot.user);
    if (taken === undefined) {
      slotOf.set(slot.user, slots.length);
      slots.push(slot);
    } else if (slot.onBehalfOf === undefined) slots[taken] = slot;
  }
  return slots;
}

/**
 * The loop `candidate` would close (`[principal, proxy, …, principal]`): a chain of ranges,
 * starting at its proxy, that leads back to its principal at some instant of its range
 * (A→B while B→A, or longer). Null when none would.
 */
export function proxyCycle(existing: readonly OrgProxy[], candidate: OrgProxy): string[] | null {
  const search = (user: string, window: Pick<OrgProxy, 'startsAt' | 'endsAt'>, path: string[]): string[] | null => {
    if (user === candidate.principal) return path;
    if (path.length > MAX_CYCLE_DEPTH) return null;
    for (const p of existing) {
      if (p.principal !== user || !rangesOverlap(p, window)) continue;
      if (p.proxy !== candidate.principal && path.includes(p.proxy)) continue;
      const narrowed = {
        startsAt: Date.parse(p.startsAt) > Date.parse(window.startsAt) ? p.startsAt : window.startsAt,
        endsAt: Date.parse(p.endsAt) < Date.parse(window.endsAt) ? p.endsAt : window.endsAt,
      };
      const found = search(p.proxy, narrowed, [...path, p.proxy]);
      if (found) return found;
    }
    return null;
  };
  return search(candidate.proxy, candidate, [candidate.principal, candidate.proxy]);
}
