import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  MigrationItem,
  MigrationOutcome,
  MigrationProblem,
  MigrationReport,
  MigrationRequest,
} from '@liucheng/contracts';
import {
  EventRejectedError,
  MIGRATE_EVENT,
  migrate,
  type CompiledWorkflow,
  type JsonObject,
  type MigrateData,
  type PersistedSnapshot,
  type StateValue,
} from '@liucheng/engine';
import { lockInstance, type NotificationChannel } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { approverFollowUps } from '../approvals/approver-follow-ups';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { calendarForSpec } from '../calendars/calendar.queries';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { recordStep } from '../instances/record-step';
import { configuredChannels } from '../notifications/notification-options';
import { toTask } from '../tasks/task.mapper';

interface Candidate {
  id: string;
  business_key: string | null;
  started_by: string;
  state: StateValue;
  snapshot: PersistedSnapshot;
}

const OUTCOMES: MigrationOutcome[] = ['would-migrate', 'migrated', 'cannot-migrate', 'skipped', 'failed'];
const MAX_PATH = 500;

/** The engine's refusal as the report's problems (paths under `/mapping`). */
function problemsOf(error: unknown): MigrationProblem[] {
  if (error instanceof EventRejectedError && error.errors.length > 0)
    return error.errors.map((e) => ({ path: e.path, code: e.code, message: e.message }));
  const message = error instanceof Error ? error.message : String(error);
  return [{ path: '', code: error instanceof EventRejectedError ? error.reason : 'failed', message }];
}

/**
 * Moves the running instances of version N of a definition to N+1 with an explicit state
 * mapping: a dry run asks the engine for each instance and writes nothing; a real run records one
 * `@migrate` entry per instance in that instance's own transaction (row locked), so one refusal
 * does not stop the others, and the instance row then names version N+1.
 */
@Injectable()
export class VersionMigrationService {
  private readonly channels: readonly NotificationChannel[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.channels = configuredChannels(options.notifications);
  }

  async run(
    key: string,
    version: number,
    request: MigrationRequest,
    user: AuthenticatedUser,
    dryRun: boolean,
  ): Promise<MigrationReport> {
    const from = await this.definitions.get(this.dataSource, key, version);
    const toVersion = version + 1;
    const to = await this.definitions.get(this.dataSource, key, toVersion).catch((error: unknown) => {
      if (error instanceof ApiError && error.getStatus() === 404)
        throw ApiError.conflict(`Definition ${key} has no published version ${toVersion} to migrate to`, {
          reason: 'no-next-version',
        });
      throw error;
    });
    checkMapping(from, to, request.mapping);
    const data: MigrateData = { fromVersion: version, toVersion, mapping: request.mapping, reason: request.reason };
    const candidates = await rows<Candidate>(
      this.dataSource,
      `SELECT id, business_key, started_by, state, snapshot FROM instances
        WHERE definition_key = $1 AND definition_version = $2 AND status = 'running' ORDER BY created_at, id`,
      [key, version],
    );
    const items: MigrationItem[] = [];
    for (const candidate of candidates)
      items.push(
        dryRun ? this.check(from, to, candidate, data, user) : await this.migrateOne(from, to, candidate, data, user),
      );
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, items.filter((i) => i.outcome === o).length]));
    return { definitionKey: key, fromVersion: version, toVersion, dryRun, items, counts: counts as never };
  }

  /** The dry run of one instance: the same pure engine call as the real run, nothing written. */
  private check(
    from: CompiledWorkflow,
    to: CompiledWorkflow,
    c: Candidate,
    data: MigrateData,
    user: AuthenticatedUser,
  ): MigrationItem {
    const item = { instanceId: c.id, businessKey: c.business_key, startedBy: c.started_by, stateBefore: c.state };
    try {
      const result = migrate(from, to, c.snapshot, { type: MIGRATE_EVENT, data, actor: user.username }, this.clock());
      return { ...item, stateAfter: result.state, outcome: 'would-migrate', problems: [] };
    } catch (error) {
      return { ...item, outcome: 'cannot-migrate', problems: problemsOf(error) };
    }
  }

  private async migrateOne(
    from: CompiledWorkflow,
    to: CompiledWorkflow,
    c: Candidate,
    data: MigrateData,
    user: AuthenticatedUser,
  ): Promise<MigrationItem> {
    const item = { instanceId: c.id, businessKey: c.business_key, startedBy: c.started_by, stateBefore: c.state };
    try {
      return await inTransaction(this.dataSource, async (q) => {
        const row = await lockInstance(q, c.id, user.username);
        // Ended or migrated since the list was read: nothing to do.
        if (!row || row.status !== 'running' || row.definition_version !== data.fromVersion)
          return { ...item, outcome: 'skipped' as const, problems: [] };
        const now = this.clock();
        const calendar = await calendarForSpec(q, to.spec);
        const event = { type: MIGRATE_EVENT, data: data as JsonObject, actor: user.username };
        let result;
        try {
          result = migrate(from, to, row.snapshot, event, now, { calendar });
        } catch (error) {
          return { ...item, stateBefore: row.state, outcome: 'cannot-migrate' as const, problems: problemsOf(error) };
        }
        const followUps = await approverFollowUps(q, to, result, row.started_by, now, { calendar });
        const {
          open_tasks: openTasks,
          actor_token_version: _version,
          search_declared: searchDeclared,
          ...before
        } = row;
        const instance = await recordStep(q, {
          before: { ...before, definition_version: data.toVersion },
          inserted: false,
          openBefore: openTasks.map(toTask),
          event: { type: MIGRATE_EVENT, data: data as JsonObject },
          dataField: '/data',
          actor: user.username,
          now,
          result,
          firedTimerId: null,
          channels: this.channels,
          status: 200,
          followUps,
          summaryFields: to.spec.meta.summary,
          searchDeclared,
          respond: (outcome) => outcome.instance,
        });
        // The step's own statement (sent first) keeps the version; from here on it runs on N+1.
        await q.query(`UPDATE instances SET definition_version = $2 WHERE id = $1`, [c.id, data.toVersion]);
        return {
          ...item,
          stateBefore: row.state,
          stateAfter: instance.state,
          outcome: 'migrated' as const,
          problems: [],
        };
      });
    } catch (error) {
      return { ...item, outcome: 'failed', problems: problemsOf(error) };
    }
  }
}

/** A mapping key must be a state of N and its value a state of N+1; else 422 naming `/mapping/<key>`. */
function checkMapping(from: CompiledWorkflow, to: CompiledWorkflow, mapping: Record<string, string>): void {
  const known = new Set(from.moveTargets ?? []);
  const targets = new Set(to.moveTargets ?? []);
  const errors: { path: string; code: string; message: string }[] = [];
  for (const [key, value] of Object.entries(mapping)) {
    const path = `/mapping/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!known.has(key))
      errors.push({ path, code: 'unknown-state', message: `no state ${key} in the version migrated from` });
    else if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH)
      errors.push({ path, code: 'invalid-data', message: 'must be a state path of the new version' });
    else if (!targets.has(value))
      errors.push({ path, code: 'unknown-state', message: `no state ${value} in the version migrated to` });
  }
  if (errors.length > 0)
    throw ApiError.unprocessable(
      `The mapping does not fit: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      {
        reason: 'invalid-mapping',
        errors,
      },
    );
}
