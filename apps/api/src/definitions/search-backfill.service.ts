import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { backFillSearchChunk, pendingSearchFields, type BackFillCursor } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { inTransaction, rows } from '../common/transaction';

/** A key with at most this many instances is back-filled before the publish answers. */
const INLINE_LIMIT = 10_000;
/**
 * Instances per back-fill transaction. A step of the key waits for at most one chunk: 1,000
 * took 150–220 ms at a million instances on the loaded 2-core machine (cold heap reads of the
 * contexts, the rows' foreign-key checks), so 500 (bench/README.md, "Search fields").
 */
const CHUNK_SIZE = 500;

/**
 * Fills the search rows of fields a publish declared for the first time (`search_fields` not
 * `ready`), chunk by chunk, each chunk its own transaction (back-fill-search-chunk.query.ts).
 * A small key is filled before the publish answers; a large one in the background, the search
 * reading contexts meanwhile (same answers, slower). Pending fields left by a stopped process are
 * resumed at start-up; a chunk is idempotent, so two processes filling one key only repeat work.
 */
@Injectable()
export class SearchBackfillService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchBackfill');
  /** Per key, the run in progress or queued: one at a time, each picks up what is pending then. */
  private readonly runs = new Map<string, Promise<void>>();
  private stopping = false;
  private readonly inlineLimit: number;
  private readonly chunkSize: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.inlineLimit = options.searchBackfill?.inlineLimit ?? INLINE_LIMIT;
    this.chunkSize = options.searchBackfill?.chunkSize ?? CHUNK_SIZE;
  }

  onApplicationBootstrap(): void {
    void inTransaction(this.dataSource, (q) => pendingSearchFields(q))
      .then((pending) => {
        for (const key of pending.keys()) void this.fill(key).catch((error) => this.failed(key, error));
      })
      .catch((error: unknown) => this.failed('(pending)', error));
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  /** After a publish that declared new fields: waits for a small key, starts a large one's fill. */
  async afterPublish(key: string): Promise<void> {
    const [{ n }] = await rows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM instances WHERE definition_key = $1 LIMIT $2) i`,
      [key, this.inlineLimit + 1],
    );
    const run = this.fill(key);
    if (n <= this.inlineLimit) return run;
    void run.catch((error) => this.failed(key, error));
  }

  /** Queues a fill of the key's pending fields behind the one running, if any. */
  fill(key: string): Promise<void> {
    const run = (this.runs.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => this.run(key));
    this.runs.set(key, run);
    void run.finally(() => {
      if (this.runs.get(key) === run) this.runs.delete(key);
    });
    return run;
  }

  private async run(key: string): Promise<void> {
    const fields = (await inTransaction(this.dataSource, (q) => pendingSearchFields(q, key))).get(key);
    if (!fields) return;
    const started = Date.now();
    let after: BackFillCursor | null = null;
    let instances = 0;
    let filled = 0;
    do {
      if (this.stopping) return;
      const chunk = await inTransaction(this.dataSource, (q) =>
        backFillSearchChunk(q, key, fields, after, this.chunkSize),
      );
      instances += chunk.instances;
      filled += chunk.rows;
      after = chunk.next;
    } while (after);
    if (instances > 0)
      this.logger.log(
        `${key}: ${fields.join(', ')} searchable, ${filled} rows for ${instances} instances in ${Date.now() - started} ms`,
      );
  }

  private failed(key: string, error: unknown): void {
    if (this.stopping) return;
    this.logger.error(`Back-fill of ${key} stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
