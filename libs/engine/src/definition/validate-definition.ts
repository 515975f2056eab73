import type { Registry } from '../registry/registry.types';
import { classifyDelay } from '../support/delay-key';
import { MACHINE_EVENT_PREFIX } from '../approval/approval-events';
import { addApprovalTransitions } from '../compile/approval-transitions';
import { isPlainObject, jsonClone } from '../support/json-value';
import { checkApproval, checkApprovalRoot } from './check-approval';
import { checkAlwaysLoops } from './check-always-loops';
import { checkActionRef, checkGuardRef } from './check-refs';
import { reachableStates } from './check-reachability';
import { checkRoot } from './check-root';
import { checkFieldTitles } from './check-field-titles';
import { checkSummaryMeta } from './check-summary';
import { checkSearchMeta } from '../search/check-search';
import { checkSchedules } from '../schedule/check-schedules';
import { checkLedgerMeta } from '../ledger/check-ledger';
import { checkShadowed } from './check-shadowed';
import { checkStructure } from './check-structure';
import { checkFieldAccess } from './check-field-access';
import { checkTask } from './check-task';
import { checkWorkingDelays } from './check-working-delays';
import type { JsonObject, StateSpec, WorkflowSpec } from './definition.types';
import { walkStates } from './state-walk';
import { joinPath, Problems } from './problems';
import { StateIndex, type IndexedState } from './state-index';
import { listStateActions, listTransitions, type ListedTransition } from './transition-list';
import type { ValidationResult } from './validation.types';

const hasEntries = (value: unknown) => isPlainObject(value) && Object.keys(value).length > 0;

/** The spec's own `on` events: not the ones compile adds for 撤回 and 驳回 (`liucheng.*`). */
const hasOwnEvents = (on: unknown) =>
  isPlainObject(on) && Object.keys(on).some((type) => !type.startsWith(MACHINE_EVENT_PREFIX));

/**
 * True when the state or an ancestor declares `on`, `after` or `always` — a withdraw or a
 * send-back is no way forward, so a state whose only exit they are is still a dead end.
 */
function hasWayOut(state: IndexedState): boolean {
  for (let n: IndexedState | undefined = state; n; n = n.parent) {
    if (hasOwnEvents(n.config.on) || hasEntries(n.config.after) || n.config.always !== undefined) return true;
  }
  return false;
}

function checkTransitions(
  index: StateIndex,
  state: IndexedState,
  list: ListedTransition[],
  registry: Registry,
  problems: Problems,
  workingDelays: unknown,
): void {
  const badDelays = new Set<string>();
  for (const t of list) {
    if (
      t.source === 'after' &&
      t.key !== undefined &&
      !badDelays.has(t.key) &&
      classifyDelay(t.key, registry, workingDelays).kind === 'invalid'
    ) {
      badDelays.add(t.key);
      problems.add(
        joinPath(state.specPath, 'after', t.key),
        'invalid-delay',
        'delay must be milliseconds, an ISO-8601 duration, "context.<path>", a registry delay or a delay of meta.delays',
        { delay: t.key },
      );
    }
    for (const { target, path } of t.targets) {
      const { error, code } = index.resolveTarget(state, target);
      if (error && code) problems.add(path, code, error, { target });
    }
    if (t.guard) checkGuardRef(t.guard.ref, t.guard.path, registry, problems);
    for (const a of t.actions) checkActionRef(a.ref, a.path, registry, problems);
  }
  for (const a of listStateActions(state.config, state.specPath)) checkActionRef(a.ref, a.path, registry, problems);
  if (state.kind === 'history' && state.config.target !== undefined) {
    const path = joinPath(state.specPath, 'target');
    const target = state.config.target;
    if (typeof target !== 'string') problems.add(path, 'not-string', 'must be a string');
    else {
      const { error, code } = index.resolveTarget(state, target);
      if (error && code) problems.add(path, code, error, { target });
    }
  }
  checkShadowed(list, problems);
}

/**
 * The spec with the transitions compile adds for 驳回 and 撤回 (so their targets count as
 * reachable); the spec itself when it has none or they cannot be added.
 */
function machineSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const meta = isPlainObject(spec.meta) ? spec.meta : {};
  const id = typeof spec.id === 'string' ? spec.id : undefined;
  const approvals = walkStates(spec).some((s) => s.node.meta?.task?.approval !== undefined);
  if (!id || (!approvals && meta.withdraw === undefined)) return spec;
  try {
    const copy = jsonClone(spec) as JsonObject;
    addApprovalTransitions(copy, spec as unknown as WorkflowSpec);
    return copy;
  } catch {
    return spec;
  }
}

/**
 * Every problem of a definition against a registry, as `{path, code, params, severity, message}`
 * with dotted spec paths (`states.submitted.on.APPROVE`, array items as `.0`): errors block
 * publishing, warnings do not. Never throws.
 *
 * @example validateDefinition(spec, standardRegistry) // { ok: true, errors: [], warnings: [] }
 */
export function validateDefinition(spec: unknown, registry: Registry): ValidationResult {
  const problems = new Problems();
  if (!isPlainObject(spec)) {
    problems.add('', 'not-object', 'must be an object');
    return problems.result();
  }
  checkRoot(spec, problems);
  if (isPlainObject(spec.meta)) {
    checkSummaryMeta(spec.meta, problems);
    checkSearchMeta(spec.meta, problems);
    checkFieldTitles(spec.meta, problems);
    checkSchedules(spec.meta, problems);
    checkLedgerMeta(spec.meta, problems);
    checkWorkingDelays(spec.meta, registry, problems);
  }
  const workingDelays = isPlainObject(spec.meta) ? spec.meta.delays : undefined;
  const index = new StateIndex(machineSpec(spec) as StateSpec & { id?: unknown });
  checkApprovalRoot(index, spec, problems);
  const transitions = new Map<IndexedState, ListedTransition[]>();
  for (const state of index.all) {
    checkStructure(state, problems);
    if (state.parent)
      checkTask(state, problems, workingDelays, isPlainObject(spec.meta) ? spec.meta.events : undefined);
    if (state.parent) checkFieldAccess(state, isPlainObject(spec.meta) ? spec.meta.input : undefined, problems);
    if (state.parent) checkApproval(index, state, problems, registry, workingDelays);
    const list = listTransitions(state.config, state.specPath, problems);
    transitions.set(state, list);
    checkTransitions(index, state, list, registry, problems, workingDelays);
  }
  checkAlwaysLoops(index, transitions, problems);
  const reachable = reachableStates(index, transitions);
  for (const state of index.all) {
    if (!state.parent) continue;
    if (!reachable.has(state) && reachable.has(state.parent))
      problems.add(state.specPath, 'unreachable-state', 'is unreachable from the initial state');
    // An unknown `type` is reported by itself; do not pile a dead-end report on it.
    if (state.kind === 'atomic' && (state.config.type ?? 'atomic') === 'atomic' && !hasWayOut(state)) {
      problems.add(
        state.specPath,
        'dead-end',
        'has no way out: add a transition (on, after or always) or make it a final state',
      );
    }
  }
  return problems.result();
}
