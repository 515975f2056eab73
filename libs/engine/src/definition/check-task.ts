import { classifyDelay } from '../support/delay-key';
import { isPlainObject } from '../support/json-value';
import { checkPlainTaskTimers } from './check-plain-task-timers';
import { checkLocalized, checkSchema } from './check-root';
import { joinPath, type Problems } from './problems';
import type { IndexedState } from './state-index';

/** Valid task assignee expressions. */
export const ASSIGNEE_PATTERN = /^(starter|starter\.manager|context(\.[^.\s]+)+)$/;

/** Event types the state or one of its ancestors handles in `on`. */
function handledEvents(state: IndexedState): Set<string> {
  const events = new Set<string>();
  for (let n: IndexedState | undefined = state; n; n = n.parent) {
    if (isPlainObject(n.config.on)) Object.keys(n.config.on).forEach((e) => events.add(e));
  }
  return events;
}

/** Checks `meta.task` of a state: title, outcomes handled, who does it, due, form, reminders and timeout. */
export function checkTask(state: IndexedState, problems: Problems, workingDelays?: unknown, events?: unknown): void {
  const task: unknown = state.config.meta?.task;
  if (task === undefined) return;
  const path = joinPath(state.specPath, 'meta.task');
  if (!isPlainObject(task)) return problems.add(path, 'not-object', 'must be an object');
  if (state.kind === 'final') problems.add(path, 'task-on-final', 'a final state cannot be a task');
  checkLocalized(task.title, joinPath(path, 'title'), problems);
  if (task.description !== undefined) checkLocalized(task.description, joinPath(path, 'description'), problems);
  if (!Array.isArray(task.outcomes) || task.outcomes.length === 0) {
    problems.add(joinPath(path, 'outcomes'), 'missing-outcomes', 'must list at least one outcome event');
  } else {
    const handled = handledEvents(state);
    task.outcomes.forEach((outcome, i) => {
      if (typeof outcome !== 'string')
        problems.add(joinPath(path, 'outcomes', i), 'invalid-outcome', 'must be an event type');
      else if (!handled.has(outcome))
        problems.add(
          joinPath(path, 'outcomes', i),
          'unhandled-outcome',
          `outcome "${outcome}" is not handled by this state or an ancestor`,
          { outcome },
        );
    });
  }
  const roles = task.candidateRoles;
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || r === ''))) {
    problems.add(joinPath(path, 'candidateRoles'), 'invalid-roles', 'must be an array of role names');
  }
  const hasRoles = Array.isArray(roles) && roles.length > 0;
  if (task.assignee === undefined && !hasRoles && task.approval === undefined)
    problems.add(path, 'missing-assignment', 'needs candidateRoles, an assignee or an approval');
  if (task.assignee !== undefined && (typeof task.assignee !== 'string' || !ASSIGNEE_PATTERN.test(task.assignee))) {
    problems.add(
      joinPath(path, 'assignee'),
      'invalid-assignee',
      'must be "starter", "starter.manager" or "context.<path>"',
    );
  }
  if (task.due !== undefined) {
    const kind = typeof task.due === 'string' ? classifyDelay(task.due, undefined, workingDelays).kind : 'invalid';
    if (kind === 'invalid')
      problems.add(
        joinPath(path, 'due'),
        'invalid-due',
        'must be an ISO-8601 duration (P3D, PT4H), milliseconds, "context.<path>" or a delay of meta.delays',
      );
  }
  if (task.form !== undefined) checkSchema(task.form, joinPath(path, 'form'), problems);
  checkPlainTaskTimers(state, task, problems, workingDelays, events);
}
