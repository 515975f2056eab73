import type { EffectPlan } from './effect-plan';
import type { SqlParams } from './sql-params';

/**
 * Data-modifying CTE fragments (`name AS (...)`) that write an effect plan, so the history
 * entry, the instance row and every effect go to the server as one statement.
 */
export function effectFragments(
  p: SqlParams,
  instanceId: string,
  seq: number,
  plan: EffectPlan,
  firedTimerId: string | null,
  at: string,
): string[] {
  const parts: string[] = [];
  const lazyId = p.lazy(instanceId, 'uuid');
  const lazyAt = p.lazy(at, 'timestamptz');
  plan.closed.forEach((task, i) => {
    parts.push(`tc${i} AS (UPDATE tasks SET status = ${p.add(task.status)}, completed_at = ${lazyAt()}, completed_by = ${p.add(task.completedBy)},
      outcome = ${p.add(task.outcome)} WHERE id = ${p.add(task.id, 'uuid')} AND status = 'open')`);
  });
  plan.opened.forEach((task, i) => {
    parts.push(`to${i} AS (INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status, outcomes,
      form_schema, due_at, created_at, completed_at, completed_by, outcome) VALUES (${p.add(task.id, 'uuid')}, ${lazyId()}, ${p.add(task.definitionKey)},
      ${p.add(task.statePath)}, ${p.json(task.title)}, ${p.add(task.candidateRoles, 'text[]')}, ${p.add(task.assignee)}, ${p.add(task.status)},
      ${p.add(task.outcomes, 'text[]')}, ${p.json(task.formSchema, 'json')}, ${p.add(task.dueAt, 'timestamptz')}, ${lazyAt()},
      ${p.add(task.completedAt, 'timestamptz')}, ${p.add(task.completedBy)}, ${p.add(task.outcome)}))`);
  });
  let timerIndex = 0;
  for (const [timerId, op] of plan.timers) {
    const i = timerIndex++;
    if (op.kind === 'schedule') {
      parts.push(`ts${i} AS (INSERT INTO timers (instance_id, timer_id, event_type, state_path, due_at, status, created_at, fired_at)
        VALUES (${lazyId()}, ${p.add(timerId)}, ${p.add(op.effect.eventType)}, ${p.add(op.effect.statePath)}, ${p.add(op.effect.dueAt, 'timestamptz')},
        'scheduled', ${lazyAt()}, NULL)
        ON CONFLICT (instance_id, timer_id) DO UPDATE SET event_type = EXCLUDED.event_type, state_path = EXCLUDED.state_path,
        due_at = EXCLUDED.due_at, status = 'scheduled', created_at = EXCLUDED.created_at, fired_at = NULL)`);
    } else if (timerId !== firedTimerId) {
      parts.push(
        `tx${i} AS (UPDATE timers SET status = 'cancelled' WHERE instance_id = ${lazyId()} AND timer_id = ${p.add(timerId)} AND status = 'scheduled')`,
      );
    }
  }
  // The timer that caused this step is marked fired, unless the step scheduled it again.
  if (firedTimerId && plan.timers.get(firedTimerId)?.kind !== 'schedule') {
    parts.push(`tf AS (UPDATE timers SET status = 'fired', fired_at = ${lazyAt()}
      WHERE instance_id = ${lazyId()} AND timer_id = ${p.add(firedTimerId)} AND status = 'scheduled')`);
  }
  plan.notifications.forEach((n, i) => {
    parts.push(`tn${i} AS (INSERT INTO notifications (id, instance_id, seq, recipient, message, data, created_at)
      VALUES (gen_random_uuid(), ${lazyId()}, ${p.add(seq, 'int')}, ${p.add(n.to)}, ${p.json(n.message)}, ${p.json(n.data ?? null)}, ${lazyAt()}))`);
  });
  return parts;
}
