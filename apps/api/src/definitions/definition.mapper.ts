import type { DefinitionVersion, DefinitionVersionSummary, LocalizedLabel } from '@liucheng/contracts';

export interface DefinitionVersionRow {
  key: string;
  version: number;
  spec?: Record<string, unknown>;
  checksum: string;
  published_at: Date | null;
  published_by: string | null;
}

export function toVersionSummary(row: DefinitionVersionRow): DefinitionVersionSummary {
  return {
    version: row.version,
    publishedAt: row.published_at?.toISOString() ?? '',
    publishedBy: row.published_by ?? '',
    checksum: row.checksum,
  };
}

export function toDefinitionVersion(row: DefinitionVersionRow): DefinitionVersion {
  return { key: row.key, ...toVersionSummary(row), spec: row.spec ?? {} };
}

/** The spec's `meta.title` when it is a proper `{zh, en}`, else the key in both languages. */
export function titleOf(spec: unknown, key: string): LocalizedLabel {
  const title = (spec as { meta?: { title?: { zh?: unknown; en?: unknown } } })?.meta?.title;
  return {
    zh: typeof title?.zh === 'string' && title.zh ? title.zh : key,
    en: typeof title?.en === 'string' && title.en ? title.en : key,
  };
}
