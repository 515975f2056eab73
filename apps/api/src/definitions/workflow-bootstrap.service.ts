import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { searchFields, type Registry } from '@liucheng/engine';
import { declareSearchFields } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { inTransaction } from '../common/transaction';
import { sha256Canonical } from './checksum';
import { validateSpecForKey } from './definition-validation';
import { titleOf } from './definition.mapper';
import { findWorkflowsDir } from './workflows-dir';
import { REGISTRY } from '../registry/registry.provider';
import { SearchBackfillService } from './search-backfill.service';

/**
 * At start-up, every `workflows/<key>/definition.json` without a published version is
 * published as version 1 by `system`. Invalid files are logged and skipped, never fatal.
 */
@Injectable()
export class WorkflowBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('WorkflowBootstrap');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
    @Inject(REGISTRY) private readonly registry: Registry,
    private readonly searchBackfill: SearchBackfillService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.workflowsDir === false) return;
    const dir = this.options.workflowsDir ?? findWorkflowsDir();
    if (!dir || !existsSync(dir)) return;
    for (const key of readdirSync(dir).sort()) {
      const file = join(dir, key, 'definition.json');
      if (!existsSync(file)) continue;
      try {
        await this.publishIfMissing(key, file);
      } catch (error) {
        this.logger.error(`Skipped ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async publishIfMissing(key: string, file: string): Promise<void> {
    const [published] = (await this.dataSource.query(
      `SELECT 1 FROM definition_versions WHERE key = $1 AND status = 'published' LIMIT 1`,
      [key],
    )) as unknown[];
    if (published) return;
    const spec = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const validation = validateSpecForKey(this.registry, spec, key);
    if (!validation.ok) {
      this.logger.error(`Skipped ${file}: ${validation.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      return;
    }
    const title = titleOf(spec, key);
    const now = new Date().toISOString();
    const declared = await inTransaction(this.dataSource, async (q) => {
      await q.query(
        `INSERT INTO workflow_definitions (key, title_zh, title_en, owner, created_at) VALUES ($1, $2, $3, 'system', $4) ON CONFLICT (key) DO NOTHING`,
        [key, title.zh, title.en, now],
      );
      await q.query(
        `INSERT INTO definition_versions (key, version, spec, checksum, status, published_by, published_at)
         VALUES ($1, 1, $2, $3, 'published', 'system', $4) ON CONFLICT (key, version) DO NOTHING`,
        [key, JSON.stringify(spec), sha256Canonical(spec), now],
      );
      return declareSearchFields(q, key, 1, searchFields(spec));
    });
    // Version 1 has no instances yet: this only marks its fields ready.
    if (declared.length > 0) await this.searchBackfill.fill(key);
    this.logger.log(`Published ${key} v1 from ${file}`);
  }
}
