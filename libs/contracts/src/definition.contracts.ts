import type { LocalizedLabel, ProblemContract } from './common.contracts';

/** A definition spec as stored and exchanged (an XState machine config plus `meta`). */
export type SpecContract = Record<string, unknown>;

export interface DefinitionSummary {
  key: string;
  title: LocalizedLabel;
  latestVersion: number | null;
  hasDraft: boolean;
}

export interface DefinitionVersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  checksum: string;
}

export interface DefinitionDetail {
  key: string;
  title: LocalizedLabel;
  versions: DefinitionVersionSummary[];
  draft: SpecContract | null;
}

export interface DefinitionVersion {
  key: string;
  version: number;
  spec: SpecContract;
  checksum: string;
  publishedAt: string;
  publishedBy: string;
}

export interface ValidationResponse {
  /** True when there are no errors; warnings do not block publishing. */
  ok: boolean;
  errors: ProblemContract[];
  warnings: ProblemContract[];
}

export interface DraftResponse {
  key: string;
  draft: SpecContract;
  validation: ValidationResponse;
}

export interface PublishResponse {
  key: string;
  version: number;
  checksum: string;
}
