import { approvalSpecSchema } from '../approval/approval-spec.schema';
import type { Registry } from '../registry/registry.types';
import { APPROVALS_KEY } from '../approval/approvals-context';
import { validateData } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { classifyDelay } from '../support/delay-key';
import { isIsoDuration } from '../support/iso-duration';
import { joinPath, pointerToDotted, type Problems } from './problems';
import type { IndexedState, StateIndex } from './state-index';

/** A state by dotted path below the root. */
function stateAt(index: StateIndex, path: string): IndexedState | undefined {
  let node: IndexedState | undefined = index.root;
  for (const key of path.split('.')) node = node?.children[key];
  return node;
}

/**
 * `meta.task.approval`: its shape (approver sources, mode, threshold, …), outcomes that are the
 * task's own, send-back targets that are states.
 */
export function checkApproval(
  index: StateIndex,
  state: IndexedState,
  problems: Problems,
  registry: Registry,
  workingDelays?: unknown,
): void {
  const task = state.config.meta?.task;
  const approval: unknown = task?.approval;
  if (approval === undefined) return;
  const path = joinPath(state.specPath, 'meta.task.approval');
  for (const error of validateData(approvalSpecSchema, approval)) {
    const where = joinPath(path, pointerToDotted(error.path));
    problems.add(where, 'invalid-approval', `${error.path || '/'} ${error.message}`, { detail: error.message });
  }
  if (!isPlainObject(approval)) return;
  const outcomes = Array.isArray(task?.outcomes) ? task.outcomes : [];
  for (const [key, fallback] of [
    ['approve', 'APPROVE'],
    ['reject', 'REJECT'],
  ] as const) {
    const type = typeof approval[key] === 'string' ? (approval[key] as string) : fallback;
    if (!outcomes.includes(type))
      problems.add(joinPath(path, key), 'approval-outcome', `"${type}" must be one of the task's outcomes`, {
        outcome: type,
      });
  }
  if (approval.mode === 'vote' && approval.threshold === undefined)
    problems.add(joinPath(path, 'threshold'), 'invalid-approval', '票签 (vote) needs a threshold', {
      detail: 'required',
    });
  for (const key of ['approvers', 'cc'] as const) {
    const sources = Array.isArray(approval[key]) ? (approval[key] as unknown[]) : [];
    sources.forEach((source, i) => checkRegistrySource(source, joinPath(path, key, i), problems, registry));
  }
  (Array.isArray(approval.sendBackTo) ? approval.sendBackTo : []).forEach((target, i) => {
    if (typeof target !== 'string' || !stateAt(index, target) || target === state.keys.join('.'))
      problems.add(
        joinPath(path, 'sendBackTo', i),
        'unknown-send-back-target',
        `"${String(target)}" is no other state`,
        {
          target,
        },
      );
  });
  checkTaskTimers(approval, path, problems, workingDelays);
}

/** A task timer's delay: an ISO-8601 duration, or a working-time delay named in `meta.delays`. */
export const isTaskDelay = (value: unknown, workingDelays: unknown) =>
  isIsoDuration(value) ||
  (typeof value === 'string' && classifyDelay(value, undefined, workingDelays).kind === 'working');

/** `remind` and `timeout`: delays the engine can count, a send-back target the step allows. */
function checkTaskTimers(
  approval: Record<string, unknown>,
  path: string,
  problems: Problems,
  workingDelays: unknown,
): void {
  const remind = approval.remind;
  if (isPlainObject(remind)) {
    if (remind.after !== undefined && !isTaskDelay(remind.after, workingDelays))
      problems.add(
        joinPath(path, 'remind.after'),
        'invalid-remind',
        'must be an ISO-8601 duration such as P1D or a delay of meta.delays',
        {
          value: remind.after,
        },
      );
    const every = isPlainObject(remind.repeat) ? remind.repeat.every : undefined;
    if (every !== undefined && !isTaskDelay(every, workingDelays))
      problems.add(
        joinPath(path, 'remind.repeat.every'),
        'invalid-remind',
        'must be an ISO-8601 duration such as P1D or a delay of meta.delays',
        {
          value: every,
        },
      );
  }
  const timeout = approval.timeout;
  if (!isPlainObject(timeout)) return;
  if (timeout.after !== undefined && !isTaskDelay(timeout.after, workingDelays))
    problems.add(
      joinPath(path, 'timeout.after'),
      'invalid-timeout',
      'must be an ISO-8601 duration such as P3D or a delay of meta.delays',
      {
        value: timeout.after,
      },
    );
  const targets = Array.isArray(approval.sendBackTo) ? approval.sendBackTo : [];
  if (timeout.action === 'sendBack') {
    const to = timeout.to ?? targets[0];
    if (to === undefined || !targets.includes(to))
      problems.add(
        joinPath(path, timeout.to === undefined ? 'timeout' : 'timeout.to'),
        'timeout-send-back-target',
        'a timeout that sends back needs a target among sendBackTo',
        { target: to ?? null },
      );
  } else if (timeout.to !== undefined)
    problems.add(joinPath(path, 'timeout.to'), 'invalid-timeout', '"to" is only for action sendBack', {
      value: timeout.to,
    });
}

/** A `{kind: 'registry'}` source names an approver entry of the registry, with valid params. */
function checkRegistrySource(source: unknown, path: string, problems: Problems, registry: Registry): void {
  if (!isPlainObject(source) || source.kind !== 'registry' || typeof source.name !== 'string') return;
  const entry = registry.approvers?.[source.name];
  if (!entry) {
    problems.add(
      joinPath(path, 'name'),
      'unknown-approver-source',
      `no approver source "${source.name}" in the registry`,
      {
        name: source.name,
      },
    );
    return;
  }
  for (const error of validateData(entry.params, source.params ?? {}))
    problems.add(
      joinPath(path, 'params', pointerToDotted(error.path)),
      'invalid-param',
      `${error.path || '/'} ${error.message}`,
      {
        name: source.name,
        keyword: error.code,
      },
    );
}

/** `meta.withdraw`, `meta.urgeInterval` and the context key the engine keeps approvals under. */
export function checkApprovalRoot(index: StateIndex, spec: Record<string, unknown>, problems: Problems): void {
  const meta = isPlainObject(spec.meta) ? spec.meta : {};
  const withdraw = meta.withdraw;
  if (withdraw !== undefined) {
    const target = isPlainObject(withdraw) ? withdraw.target : undefined;
    const when = isPlainObject(withdraw) ? withdraw.when : undefined;
    if (typeof target !== 'string' || !stateAt(index, target))
      problems.add('meta.withdraw.target', 'invalid-withdraw', 'must name a state', { target });
    if (when !== undefined && when !== 'before-action' && when !== 'always')
      problems.add('meta.withdraw.when', 'invalid-withdraw', 'must be "before-action" or "always"', { when });
  }
  if (meta.urgeInterval !== undefined && !isIsoDuration(meta.urgeInterval))
    problems.add('meta.urgeInterval', 'invalid-delay', 'must be an ISO-8601 duration such as PT30M');
  if (isPlainObject(spec.context) && APPROVALS_KEY in spec.context)
    problems.add(`context.${APPROVALS_KEY}`, 'reserved-context-key', `${APPROVALS_KEY} is kept by the engine`);
}
