import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditIncident, AuditIncidentPage, VerificationRun, VerificationRunList } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { rows } from '../common/transaction';
import { HistoryService } from '../instances/history.service';
import { CheckpointsService } from './checkpoints.service';

interface RunRow {
  id: string;
  started_at: Date;
  finished_at: Date;
  since: Date | null;
  instances_checked: number;
  checkpoint_seq: number | null;
  failures: number;
}

interface IncidentRow {
  no: string;
  id: string;
  run_id: string;
  kind: 'history' | 'checkpoint';
  code: string;
  instance_id: string | null;
  seq: number | null;
  message: string;
  detected_at: Date;
}

type Finding = Pick<AuditIncident, 'kind' | 'code' | 'instanceId' | 'seq' | 'message'>;

/**
 * Scheduled verification: every instance changed since the last run is verified (hash chain,
 * replay, instance row), and the latest checkpoint against every history it covers. Each
 * failure not already open becomes an incident.
 */
@Injectable()
export class VerificationRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly checkpoints: CheckpointsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(): Promise<VerificationRun> {
    const startedAt = this.clock();
    const [last] = await rows<{ started_at: Date }>(
      this.dataSource,
      `SELECT started_at FROM audit_verification_runs ORDER BY started_at DESC LIMIT 1`,
    );
    const since = last?.started_at ?? null;
    const changed = await rows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM instances WHERE $1::timestamptz IS NULL OR updated_at >= $1 ORDER BY id`,
      [since?.toISOString() ?? null],
    );
    const findings: Finding[] = [];
    for (const { id } of changed) {
      const verdict = await this.history.verify(id).catch((error: unknown) => ({
        ok: false,
        firstBadSeq: undefined,
        code: 'state',
        reason: error instanceof Error ? error.message : String(error),
      }));
      if (!verdict.ok)
        findings.push({
          kind: 'history',
          code: verdict.code ?? 'hash',
          instanceId: id,
          seq: verdict.firstBadSeq ?? null,
          message: verdict.reason ?? 'verification failed',
        });
    }
    const latest = await this.checkpoints.latest().catch((error: unknown) => {
      if (error instanceof ApiError && error.getStatus() === 404) return undefined;
      throw error;
    });
    if (latest) {
      const verdict = await this.checkpoints.verify(latest.seq);
      for (const f of verdict.failures)
        findings.push({
          kind: 'checkpoint',
          code: f.code,
          instanceId: f.instanceId ?? null,
          seq: f.seq ?? null,
          message: f.message,
        });
    }
    const finishedAt = this.clock();
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO audit_verification_runs (id, started_at, finished_at, since, instances_checked, checkpoint_seq, failures)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        startedAt.toISOString(),
        finishedAt.toISOString(),
        since?.toISOString() ?? null,
        changed.length,
        latest?.seq ?? null,
        findings.length,
      ],
    );
    for (const f of findings)
      // A problem already reported stays one incident, however many runs see it again.
      await this.dataSource.query(
        `INSERT INTO audit_incidents (id, run_id, kind, code, instance_id, seq, message, detected_at)
         SELECT $1::uuid, $2::uuid, $3::varchar, $4::varchar, $5::uuid, $6::int, $7::text, $8::timestamptz
          WHERE NOT EXISTS (SELECT 1 FROM audit_incidents WHERE kind = $3::varchar AND code = $4::varchar
                              AND instance_id IS NOT DISTINCT FROM $5::uuid AND seq IS NOT DISTINCT FROM $6::int
                              AND message = $7::text)`,
        [randomUUID(), id, f.kind, f.code, f.instanceId, f.seq, f.message, finishedAt.toISOString()],
      );
    return {
      id,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      since: since?.toISOString() ?? null,
      instancesChecked: changed.length,
      checkpointSeq: latest?.seq ?? null,
      failures: findings.length,
    };
  }

  async runs(limit = 50): Promise<VerificationRunList> {
    const found = await rows<RunRow>(
      this.dataSource,
      `SELECT * FROM audit_verification_runs ORDER BY started_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return {
      items: found.map((r) => ({
        id: r.id,
        startedAt: r.started_at.toISOString(),
        finishedAt: r.finished_at.toISOString(),
        since: r.since?.toISOString() ?? null,
        instancesChecked: r.instances_checked,
        checkpointSeq: r.checkpoint_seq,
        failures: r.failures,
      })),
    };
  }

  async incidents(limit = 50, cursor?: string): Promise<AuditIncidentPage> {
    if (cursor !== undefined && !/^\d{1,18}$/.test(cursor))
      throw ApiError.badRequest('cursor must be a nextCursor of this list', [
        { path: '/cursor', message: 'invalid cursor' },
      ]);
    const found = await rows<IncidentRow>(
      this.dataSource,
      `SELECT * FROM audit_incidents WHERE ($1::bigint IS NULL OR no < $1) ORDER BY no DESC LIMIT $2`,
      [cursor ?? null, limit + 1],
    );
    const items = found.slice(0, limit);
    return {
      items: items.map((r) => ({
        id: r.id,
        runId: r.run_id,
        kind: r.kind,
        code: r.code,
        instanceId: r.instance_id,
        seq: r.seq,
        message: r.message,
        detectedAt: r.detected_at.toISOString(),
      })),
      nextCursor: found.length > limit ? String(items[items.length - 1].no) : null,
    };
  }
}
