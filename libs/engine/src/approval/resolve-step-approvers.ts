import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import { managerOf } from '../org/managers';
import { applyProxies } from '../org/proxies';
import type { ApproverInput, OrgSnapshot } from '../org/org.types';
import { resolveApprovers } from '../org/resolve-approvers';
import { usersWithRole } from '../org/role-holders';
import { registryApprovers } from '../registry/registry-approvers';
import type { StepResult } from '../runtime/runtime.types';
import { approvalTaskAt } from './approval-effects';
import type { ApprovalSpec, ResolvedApprovers } from './approval.types';

/** Why the step's own rules changed the list, recorded after the sources' trace. */
type RuleNote = { rule: 'starter-skipped' | 'starter-to-manager' | 'empty-to-admin'; users: string[] };

/**
 * The approvers of one approval step: its sources resolved against the organisation, then the
 * step's rules — the starter left out or replaced by their manager, an empty list handed to
 * the admins when `onEmpty: admin`, anyone away replaced by their proxy (代理) — and its CC list.
 */
export function resolveStepApprovers(
  spec: ApprovalSpec,
  org: OrgSnapshot,
  input: ApproverInput,
  at: Date,
): ResolvedApprovers {
  const resolution = resolveApprovers(spec.approvers, org, input);
  const notes: RuleNote[] = [];
  let users = resolution.users;
  if (users.includes(input.starter) && spec.starterIsApprover === 'skip') {
    users = users.filter((u) => u !== input.starter);
    notes.push({ rule: 'starter-skipped', users: [input.starter] });
  }
  if (users.includes(input.starter) && spec.starterIsApprover === 'manager') {
    const manager = managerOf(org, input.starter);
    users = users.flatMap((u) => (u !== input.starter ? [u] : manager && !users.includes(manager) ? [manager] : []));
    notes.push({ rule: 'starter-to-manager', users: manager ? [manager] : [] });
  }
  if (users.length === 0 && spec.onEmpty === 'admin') {
    const active = new Set(org.users.filter((u) => u.active).map((u) => u.username));
    users = usersWithRole(org, 'admin').filter((u) => active.has(u));
    notes.push({ rule: 'empty-to-admin', users });
  }
  const cc = spec.cc ? resolveApprovers(spec.cc, org, input).users : [];
  return {
    // 代理: an approver away in a proxy range is replaced by their proxy, both names kept.
    approvers: applyProxies(users, org, at),
    ...(cc.length ? { cc } : {}),
    trace: [...resolution.trace, ...notes] as unknown[],
  };
}

/**
 * The data of the `@approvers` entry that must follow `result`, or null when no approval step is
 * waiting: every state `result` asked to resolve, resolved against `org` for the starter.
 */
export function approversEventData(
  compiled: CompiledWorkflow,
  result: StepResult,
  org: OrgSnapshot,
  starter: string,
  at: Date,
): JsonObject | null {
  const paths = result.effects.flatMap((e) => (e.kind === 'resolveApprovers' ? [e.statePath] : []));
  if (paths.length === 0) return null;
  const states: JsonObject = {};
  for (const path of [...new Set(paths)].sort()) {
    const spec = approvalTaskAt(compiled, path)!.approval;
    const input = { starter, context: result.context, registry: registryApprovers(compiled.registry) };
    states[path] = resolveStepApprovers(spec, org, input, at) as unknown as JsonObject;
  }
  return { states };
}
