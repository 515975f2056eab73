import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchFields, type Registry } from '@liucheng/engine';
import { declareSearchFields } from '@liucheng/persistence';
import type {
  DefinitionDetail,
  DefinitionSummary,
  DefinitionVersion,
  DraftResponse,
  PublishResponse,
  ValidationResponse,
} from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { inTransaction, rows } from '../common/transaction';
import { sha256Canonical } from './checksum';
import { unknownCalendarProblem } from '../calendars/calendar.queries';
import { validateSpecForKey } from './definition-validation';
import { REGISTRY } from '../registry/registry.provider';
import { SearchBackfillService } from './search-backfill.service';
import { titleOf, toDefinitionVersion, toVersionSummary, type DefinitionVersionRow } from './definition.mapper';

interface DefinitionRow {
  key: string;
  title_zh: string;
  title_en: string;
  draft: Record<string, unknown> | null;
}

@Injectable()
export class DefinitionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REGISTRY) private readonly registry: Registry,
    private readonly searchBackfill: SearchBackfillService,
  ) {}

  async list(): Promise<DefinitionSummary[]> {
    const found = await rows<DefinitionRow & { latest: number | null; has_draft: boolean }>(
      this.dataSource,
      `SELECT d.key, d.title_zh, d.title_en, d.draft IS NOT NULL AS has_draft,
              (SELECT max(v.version) FROM definition_versions v WHERE v.key = d.key AND v.status = 'published') AS latest
         FROM workflow_definitions d ORDER BY d.key`,
    );
    return found.map((r) => ({
      key: r.key,
      title: { zh: r.title_zh, en: r.title_en },
      latestVersion: r.latest ?? null,
      hasDraft: r.has_draft,
    }));
  }

  async get(key: string): Promise<DefinitionDetail> {
    const definition = await this.findDefinition(key);
    const versions = await rows<DefinitionVersionRow>(
      this.dataSource,
      `SELECT key, version, checksum, published_at, published_by FROM definition_versions WHERE key = $1 AND status = 'published' ORDER BY version`,
      [key],
    );
    return {
      key,
      title: { zh: definition.title_zh, en: definition.title_en },
      versions: versions.map(toVersionSummary),
      draft: definition.draft,
    };
  }

  async getVersion(key: string, version: number): Promise<DefinitionVersion> {
    const [row] = await rows<DefinitionVersionRow>(
      this.dataSource,
      `SELECT key, version, spec, checksum, published_at, published_by FROM definition_versions WHERE key = $1 AND version = $2 AND status = 'published'`,
      [key, version],
    );
    if (!row) throw ApiError.notFound(`Definition ${key} has no version ${version}`);
    return toDefinitionVersion(row);
  }

  validate(spec: unknown): ValidationResponse {
    return validateSpecForKey(this.registry, spec);
  }

  /** Saves the draft even when it is invalid, and says why. Creates the definition when new. */
  async saveDraft(key: string, spec: Record<string, unknown>, username: string, now: Date): Promise<DraftResponse> {
    const validation = validateSpecForKey(this.registry, spec, key);
    const title = titleOf(spec, key);
    await this.dataSource.query(
      `INSERT INTO workflow_definitions (key, title_zh, title_en, owner, draft, draft_updated_by, draft_updated_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $4, $6, $6)
       ON CONFLICT (key) DO UPDATE SET draft = EXCLUDED.draft, draft_updated_by = EXCLUDED.draft_updated_by,
         draft_updated_at = EXCLUDED.draft_updated_at`,
      [key, title.zh, title.en, username, JSON.stringify(spec), now.toISOString()],
    );
    return { key, draft: spec, validation };
  }

  /**
   * Publishes the draft as the next version (immutable from now on) and clears the draft. Fields
   * its `meta.search` declares for the first time are back-filled for every instance of the key
   * after COMMIT: before the answer for a small key, in the background for a large one.
   */
  async publish(key: string, username: string, now: Date): Promise<PublishResponse> {
    const { published, declared } = await inTransaction(this.dataSource, async (q) => {
      const [definition] = await rows<DefinitionRow>(
        q,
        `SELECT key, title_zh, title_en, draft FROM workflow_definitions WHERE key = $1 FOR UPDATE`,
        [key],
      );
      if (!definition) throw ApiError.notFound(`Definition ${key} does not exist`);
      if (!definition.draft) throw ApiError.conflict(`Definition ${key} has no draft to publish`);
      const validation = validateSpecForKey(this.registry, definition.draft, key);
      if (!validation.ok)
        throw ApiError.unprocessable(`The draft of ${key} is invalid`, {
          errors: validation.errors,
          warnings: validation.warnings,
        });
      const calendarProblem = await unknownCalendarProblem(q, definition.draft);
      if (calendarProblem)
        throw ApiError.unprocessable(`The draft of ${key} is invalid`, {
          errors: [calendarProblem],
          warnings: validation.warnings,
        });
      const checksum = sha256Canonical(definition.draft);
      const [{ next }] = await rows<{ next: number }>(
        q,
        `SELECT COALESCE(max(version), 0) + 1 AS next FROM definition_versions WHERE key = $1`,
        [key],
      );
      const title = titleOf(definition.draft, key);
      await q.query(
        `INSERT INTO definition_versions (key, version, spec, checksum, status, published_by, published_at) VALUES ($1, $2, $3, $4, 'published', $5, $6)`,
        [key, next, JSON.stringify(definition.draft), checksum, username, now.toISOString()],
      );
      const declared = await declareSearchFields(q, key, next, searchFields(definition.draft));
      await q.query(
        `UPDATE workflow_definitions SET draft = NULL, draft_updated_by = $2, draft_updated_at = $3, title_zh = $4, title_en = $5 WHERE key = $1`,
        [key, username, now.toISOString(), title.zh, title.en],
      );
      return { published: { key, version: next, checksum }, declared };
    });
    if (declared.length > 0) await this.searchBackfill.afterPublish(key);
    return published;
  }

  private async findDefinition(key: string): Promise<DefinitionRow> {
    const [row] = await rows<DefinitionRow>(
      this.dataSource,
      `SELECT key, title_zh, title_en, draft FROM workflow_definitions WHERE key = $1`,
      [key],
    );
    if (!row) throw ApiError.notFound(`Definition ${key} does not exist`);
    return row;
  }
}
