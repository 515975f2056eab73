// Version migration of running instances (docs/http-api.md "Operations in the record").
import type { StateValueContract } from './common.contracts';

/** `POST /api/definitions/:key/versions/:version/migration[/dry-run]` body. */
export interface MigrationRequest {
  /** State paths of version N to state paths of N+1; a path both versions have maps to itself. */
  mapping: Record<string, string>;
  reason: string;
}

/** One reason an instance cannot move: `path` under `/mapping`, `code` stable. */
export interface MigrationProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * `would-migrate` (dry run), `migrated`, `cannot-migrate` (the mapping does not fit it; see
 * `problems`), `skipped` (it ended or moved meanwhile), `failed` (refused while recording it).
 */
export type MigrationOutcome = 'would-migrate' | 'migrated' | 'cannot-migrate' | 'skipped' | 'failed';

export interface MigrationItem {
  instanceId: string;
  businessKey: string | null;
  startedBy: string;
  stateBefore: StateValueContract;
  /** Where it goes (dry run) or went; absent when it cannot. */
  stateAfter?: StateValueContract;
  outcome: MigrationOutcome;
  problems: MigrationProblem[];
}

export interface MigrationReport {
  definitionKey: string;
  fromVersion: number;
  toVersion: number;
  dryRun: boolean;
  items: MigrationItem[];
  /** Items per outcome. */
  counts: Record<MigrationOutcome, number>;
}
