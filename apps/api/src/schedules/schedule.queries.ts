import type { DataSource } from 'typeorm';
import { calendarKeyOf, type LocalizedText, type ScheduleSpec, type WorkflowSpec } from '@liucheng/engine';
import { rows, type Tx } from '../common/transaction';

/** The schedules of one definition's latest published version. */
export interface PublishedSchedules {
  definitionKey: string;
  version: number;
  /** `meta.calendar`, `mon-fri` when absent: the working calendar its rules read. */
  calendarKey: string;
  title: LocalizedText;
  schedules: ScheduleSpec[];
}

export interface ScheduleStateRow {
  definition_key: string;
  schedule_key: string;
  checked_until: Date;
  paused_at: Date | null;
  paused_by: string | null;
}

export interface ScheduleRunRow {
  id: string;
  definition_key: string;
  definition_version: number;
  schedule_key: string;
  occurrence_at: Date;
  person: string;
  trigger: 'schedule' | 'manual';
  run_by: string | null;
  status: 'pending' | 'started' | 'failed';
  instance_id: string | null;
  error: { code: string; message: string } | null;
  created_at: Date;
  started_at: Date | null;
}

const RUN_FIELDS = [
  'id',
  'definition_key',
  'definition_version',
  'schedule_key',
  'occurrence_at',
  'person',
  'trigger',
  'run_by',
  'status',
  'instance_id',
  'error',
  'created_at',
  'started_at',
];
const RUN_COLUMNS = RUN_FIELDS.join(', ');

/** Every definition whose latest published version declares `meta.schedules`. */
export async function publishedSchedules(q: Tx | DataSource, definitionKey?: string): Promise<PublishedSchedules[]> {
  const found = await rows<{ key: string; version: number; spec: { meta?: Record<string, unknown> } }>(
    q,
    `SELECT DISTINCT ON (key) key, version, spec FROM definition_versions
       WHERE status = 'published' AND ($1::varchar IS NULL OR key = $1) ORDER BY key, version DESC`,
    [definitionKey ?? null],
  );
  return found
    .filter((r) => Array.isArray(r.spec.meta?.schedules) && (r.spec.meta?.schedules as unknown[]).length > 0)
    .map((r) => ({
      definitionKey: r.key,
      version: r.version,
      calendarKey: calendarKeyOf(r.spec as Pick<WorkflowSpec, 'meta'>),
      title: r.spec.meta?.title as LocalizedText,
      schedules: r.spec.meta?.schedules as ScheduleSpec[],
    }));
}

/** One schedule as a given published version declares it (a run starts the version it was claimed for). */
export async function scheduleOfVersion(q: Tx, definitionKey: string, version: number, scheduleKey: string) {
  const [row] = await rows<{ spec: { meta?: { schedules?: ScheduleSpec[] } } }>(
    q,
    `SELECT spec FROM definition_versions WHERE key = $1 AND version = $2 AND status = 'published'`,
    [definitionKey, version],
  );
  return row?.spec.meta?.schedules?.find((s) => s.key === scheduleKey);
}

/** A schedule seen for the first time starts counting now: nothing before its first sighting fires. */
export async function ensureState(q: Tx | DataSource, definitionKey: string, scheduleKey: string, now: Date) {
  await q.query(
    `INSERT INTO schedule_states (definition_key, schedule_key, checked_until) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
    [definitionKey, scheduleKey, now.toISOString()],
  );
}

export async function scheduleStates(q: Tx | DataSource): Promise<ScheduleStateRow[]> {
  return rows<ScheduleStateRow>(q, `SELECT * FROM schedule_states`);
}

/** The state row, locked; undefined when another process holds it (it is claiming already). */
export async function lockState(q: Tx, definitionKey: string, scheduleKey: string) {
  const [row] = await rows<ScheduleStateRow>(
    q,
    `SELECT * FROM schedule_states WHERE definition_key = $1 AND schedule_key = $2 FOR UPDATE SKIP LOCKED`,
    [definitionKey, scheduleKey],
  );
  return row;
}

export async function advanceState(q: Tx, definitionKey: string, scheduleKey: string, until: Date) {
  await q.query(
    `UPDATE schedule_states SET checked_until = GREATEST(checked_until, $3)
       WHERE definition_key = $1 AND schedule_key = $2`,
    [definitionKey, scheduleKey, until.toISOString()],
  );
}

/** Pauses (`by` set) or resumes (`by` null); a resume skips what fell due while paused. */
export async function setPaused(q: Tx, definitionKey: string, scheduleKey: string, by: string | null, now: Date) {
  await q.query(
    by === null
      ? `UPDATE schedule_states SET paused_at = NULL, paused_by = NULL, checked_until = GREATEST(checked_until, $3)
           WHERE definition_key = $1 AND schedule_key = $2`
      : `UPDATE schedule_states SET paused_at = COALESCE(paused_at, $3), paused_by = COALESCE(paused_by, $4)
           WHERE definition_key = $1 AND schedule_key = $2`,
    by === null ? [definitionKey, scheduleKey, now.toISOString()] : [definitionKey, scheduleKey, now.toISOString(), by],
  );
}

export interface RunClaim {
  definitionKey: string;
  version: number;
  scheduleKey: string;
  occurrenceAt: Date;
  people: string[];
  trigger: 'schedule' | 'manual';
  runBy: string | null;
  now: Date;
}

/** Claims one occurrence for each person; a (definition, schedule, occurrence, person) claimed before is skipped. */
export async function claimRuns(q: Tx, c: RunClaim): Promise<number> {
  if (c.people.length === 0) return 0;
  const result = await q.query(
    `INSERT INTO schedule_runs (id, definition_key, definition_version, schedule_key, occurrence_at, person, trigger,
         run_by, status, created_at)
       SELECT gen_random_uuid(), $1, $2, $3, $4, p, $6, $7, 'pending', $8 FROM unnest($5::varchar[]) AS p
       ON CONFLICT (definition_key, schedule_key, occurrence_at, person) DO NOTHING`,
    [c.definitionKey, c.version, c.scheduleKey, c.occurrenceAt.toISOString(), c.people, c.trigger, c.runBy, c.now],
  );
  return result.rowCount ?? 0;
}

/** The oldest pending run not of a paused schedule (run now ignores a pause), locked. */
export async function lockNextPending(q: Tx, now: Date): Promise<ScheduleRunRow | undefined> {
  const [row] = await rows<ScheduleRunRow>(
    q,
    `SELECT ${RUN_FIELDS.map((f) => `r.${f}`).join(', ')} FROM schedule_runs r
       LEFT JOIN schedule_states s ON s.definition_key = r.definition_key AND s.schedule_key = r.schedule_key
       WHERE r.status = 'pending' AND r.occurrence_at <= $1 AND (r.trigger = 'manual' OR s.paused_at IS NULL)
       ORDER BY r.occurrence_at, r.person LIMIT 1 FOR UPDATE OF r SKIP LOCKED`,
    [now.toISOString()],
  );
  return row;
}

export async function markStarted(q: Tx, runId: string, instanceId: string, now: Date) {
  await q.query(`UPDATE schedule_runs SET status = 'started', instance_id = $2, started_at = $3 WHERE id = $1`, [
    runId,
    instanceId,
    now.toISOString(),
  ]);
}

export async function markFailed(q: Tx, runId: string, error: { code: string; message: string }) {
  await q.query(`UPDATE schedule_runs SET status = 'failed', error = $2 WHERE id = $1`, [runId, JSON.stringify(error)]);
}

/** Runs of a schedule, newest first; with an occurrence, only its runs. */
export async function listRuns(
  q: Tx | DataSource,
  definitionKey: string,
  scheduleKey: string,
  occurrenceAt?: Date,
  limit = 100,
): Promise<ScheduleRunRow[]> {
  return rows<ScheduleRunRow>(
    q,
    `SELECT ${RUN_COLUMNS} FROM schedule_runs WHERE definition_key = $1 AND schedule_key = $2
       AND ($3::timestamptz IS NULL OR occurrence_at = $3)
       ORDER BY occurrence_at DESC, person LIMIT $4`,
    [definitionKey, scheduleKey, occurrenceAt?.toISOString() ?? null, limit],
  );
}
