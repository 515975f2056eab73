import type { InstanceTimer, TimerIncident, TimerIncidentKind, TimerStatus } from '@liucheng/contracts';
import type { CompiledWorkflow } from '@liucheng/engine';
import { timerPurpose } from './timer-purpose';

/** A `timers` row as the incident routes read it. */
export interface TimerRow {
  id: string;
  instance_id: string;
  timer_id: string;
  event_type: string;
  state_path: string;
  status: TimerStatus;
  due_at: Date;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  failed_at: Date | null;
}

export const TIMER_COLUMNS =
  't.id, t.instance_id, t.timer_id, t.event_type, t.state_path, t.status, t.due_at, t.attempts, t.next_attempt_at, t.last_error, t.failed_at';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toInstanceTimer(row: TimerRow, compiled?: CompiledWorkflow): InstanceTimer {
  return {
    id: row.id,
    instanceId: row.instance_id,
    timerId: row.timer_id,
    eventType: row.event_type,
    statePath: row.state_path,
    status: row.status,
    dueAt: new Date(row.due_at).toISOString(),
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at),
    lastError: row.last_error,
    failedAt: iso(row.failed_at),
    purpose: timerPurpose(row.event_type, compiled),
  };
}

/** Which incident a row is: given up, retrying after a failure, or merely late. */
export function incidentKind(row: TimerRow): TimerIncidentKind {
  if (row.status === 'failed') return 'failed';
  return row.attempts > 0 ? 'retrying' : 'overdue';
}

export function toTimerIncident(row: TimerRow & { definition_key: string }, now: Date): TimerIncident {
  const runAt = new Date(row.next_attempt_at ?? row.due_at).getTime();
  return {
    ...toInstanceTimer(row),
    kind: incidentKind(row),
    definitionKey: row.definition_key,
    lateMs: row.status === 'scheduled' ? Math.max(0, now.getTime() - runAt) : 0,
  };
}
