import type { DataSource } from 'typeorm';
import type { SummaryField } from '@liucheng/contracts';
import { summaryValues, visibleSummaryFields } from '@liucheng/engine';
import type { CompiledDefinitionsService } from './compiled-definitions.service';

/** What a listed row needs to show its definition's `meta.summary`. */
export interface SummarySource {
  key: string;
  version: number;
  context: unknown;
  /** The fields 表单权限 hides from the reader: their summary entries are left out. */
  hidden?: readonly string[];
}

/**
 * Each row's `meta.summary` values, in order. Definitions are read once per (key, version)
 * through the compiled-definition cache (published versions never change).
 */
export async function rowSummaries(
  definitions: CompiledDefinitionsService,
  dataSource: DataSource,
  sources: readonly SummarySource[],
): Promise<SummaryField[][]> {
  const specs = new Map<string, unknown>();
  for (const { key, version } of sources) {
    const id = `${key}@${version}`;
    if (specs.has(id)) continue;
    const compiled = await definitions.get(dataSource, key, version).catch(() => undefined);
    specs.set(id, compiled?.spec.meta.summary);
  }
  return sources.map(
    ({ key, version, context, hidden = [] }) =>
      summaryValues(visibleSummaryFields(specs.get(`${key}@${version}`), hidden), context) as SummaryField[],
  );
}
