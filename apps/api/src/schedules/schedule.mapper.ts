import type { ScheduleRun, ScheduleSummary } from '@liucheng/contracts';
import type { ScheduleSpec } from '@liucheng/engine';
import type { PublishedSchedules, ScheduleRunRow, ScheduleStateRow } from './schedule.queries';

export function toScheduleRun(r: ScheduleRunRow): ScheduleRun {
  return {
    id: r.id,
    definitionKey: r.definition_key,
    scheduleKey: r.schedule_key,
    occurrenceAt: r.occurrence_at.toISOString(),
    person: r.person,
    trigger: r.trigger,
    runBy: r.run_by,
    status: r.status,
    instanceId: r.instance_id,
    error: r.error,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
  };
}

export function toScheduleSummary(
  d: PublishedSchedules,
  s: ScheduleSpec,
  state: ScheduleStateRow | undefined,
  next: Date[],
  calendarCoveredUntil: string | null,
): ScheduleSummary {
  return {
    definitionKey: d.definitionKey,
    definitionVersion: d.version,
    definitionTitle: d.title,
    key: s.key,
    title: s.title,
    rule: { ...s.rule },
    people: { ...s.people },
    paused: state?.paused_at != null,
    pausedAt: state?.paused_at?.toISOString() ?? null,
    pausedBy: state?.paused_by ?? null,
    checkedUntil: state?.checked_until.toISOString() ?? null,
    next: next.map((t) => t.toISOString()),
    calendarCoveredUntil,
  };
}
