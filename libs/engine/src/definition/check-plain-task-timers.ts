import { plainTaskTimersSchema } from '../task-timers/plain-task-timers.schema';
import { validateData } from '../schema/validate-data';
import { isPlainObject } from '../support/json-value';
import { isTaskDelay } from './check-approval';
import { joinPath, pointerToDotted, type Problems } from './problems';
import type { IndexedState } from './state-index';

/** Event types the state or one of its ancestors handles in `on`. */
function handles(state: IndexedState, event: string): boolean {
  for (let n: IndexedState | undefined = state; n; n = n.parent)
    if (isPlainObject(n.config.on) && Object.hasOwn(n.config.on, event)) return true;
  return false;
}

/**
 * `meta.task.remind` / `meta.task.timeout` of a plain task (not an approval step, whose timers
 * live in `approval`): delays the engine can count, and a timeout event the state handles that
 * the system can send without data.
 */
export function checkPlainTaskTimers(
  state: IndexedState,
  task: Record<string, unknown>,
  problems: Problems,
  workingDelays: unknown,
  events: unknown,
): void {
  if (task.remind === undefined && task.timeout === undefined) return;
  const path = joinPath(state.specPath, 'meta.task');
  if (task.approval !== undefined) {
    for (const key of ['remind', 'timeout'].filter((k) => task[k] !== undefined))
      problems.add(joinPath(path, key), 'invalid-task-timer', 'an approval step keeps its timers in approval', {
        detail: `${key}: use approval.${key}`,
      });
    return;
  }
  // Only the keys present (an absent one is not `undefined` to the schema).
  const shape = JSON.parse(JSON.stringify({ remind: task.remind, timeout: task.timeout }));
  const errors = validateData(plainTaskTimersSchema, shape);
  for (const error of errors)
    problems.add(joinPath(path, pointerToDotted(error.path)), 'invalid-task-timer', `${error.path} ${error.message}`, {
      detail: `${error.path} ${error.message}`,
    });
  if (errors.length) return;
  const delays: Array<[string, unknown, 'invalid-remind' | 'invalid-timeout']> = [
    ['remind.after', (task.remind as { after?: unknown } | undefined)?.after, 'invalid-remind'],
    [
      'remind.repeat.every',
      (task.remind as { repeat?: { every?: unknown } } | undefined)?.repeat?.every,
      'invalid-remind',
    ],
    ['timeout.after', (task.timeout as { after?: unknown } | undefined)?.after, 'invalid-timeout'],
  ];
  for (const [sub, value, code] of delays)
    if (value !== undefined && !isTaskDelay(value, workingDelays))
      problems.add(joinPath(path, sub), code, 'must be an ISO-8601 duration such as P1D or a delay of meta.delays', {
        value,
      });
  const event = (task.timeout as { event?: string } | undefined)?.event;
  if (event === undefined) return;
  const schema = isPlainObject(events) && isPlainObject(events[event]) ? events[event].schema : undefined;
  const needsData = isPlainObject(schema) && validateData(schema, {}).length > 0;
  if (!handles(state, event) || needsData)
    problems.add(
      joinPath(path, 'timeout.event'),
      'timeout-event',
      'must be an event this state handles whose data may be empty (the system sends it without data)',
      { event },
    );
}
