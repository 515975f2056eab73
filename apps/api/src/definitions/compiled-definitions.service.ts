import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  compile,
  historyVersions,
  type CompiledWorkflow,
  type Registry,
  type VersionLookup,
  type WorkflowSpec,
} from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { rows, type Tx } from '../common/transaction';
import { REGISTRY } from '../registry/registry.provider';

/**
 * Compiled definitions by (key, version). Safe to keep in memory across processes because a
 * published version is immutable. Loads through the caller's runner (inside its transaction).
 */
@Injectable()
export class CompiledDefinitionsService {
  private readonly cache = new Map<string, CompiledWorkflow>();

  constructor(@Inject(REGISTRY) private readonly registry: Registry) {}

  async get(q: Tx | DataSource, key: string, version: number): Promise<CompiledWorkflow> {
    const id = `${key}@${version}`;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const [row] = await rows<{ spec: WorkflowSpec }>(
      q,
      `SELECT spec FROM definition_versions WHERE key = $1 AND version = $2 AND status = 'published'`,
      [key, version],
    );
    if (!row) throw ApiError.notFound(`Definition ${key} has no published version ${version}`);
    const compiled = compile(row.spec, this.registry);
    this.cache.set(id, compiled);
    return compiled;
  }

  /**
   * What replay and verification of one instance need: the version it started on and every
   * version a `@migrate` entry of its history switched to (`currentVersion` when it never migrated).
   */
  async forHistory(
    q: Tx | DataSource,
    key: string,
    currentVersion: number,
    entries: readonly { type: string; data: unknown }[],
  ): Promise<{ startedOn: CompiledWorkflow; versions: VersionLookup; startVersion: number }> {
    const numbers = historyVersions(entries, currentVersion);
    const compiled = new Map<number, CompiledWorkflow>();
    for (const version of numbers) compiled.set(version, await this.get(q, key, version));
    return {
      startedOn: compiled.get(numbers[0])!,
      versions: (version) => compiled.get(version),
      startVersion: numbers[0],
    };
  }
}
