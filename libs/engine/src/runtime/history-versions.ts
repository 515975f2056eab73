import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { MIGRATE_EVENT } from './migrate';

/** The compiled definition of each version a history may switch to at a `@migrate` entry. */
export type VersionLookup = (version: number) => CompiledWorkflow | undefined;

/**
 * The versions an instance ran on, oldest first: the first `@migrate`'s `fromVersion` (else the
 * instance's current version), then each `toVersion`. Replay starts on the first.
 *
 * @example historyVersions([{type:'@start'},{type:'@migrate',data:{fromVersion:1,toVersion:2}}], 2) // [1, 2]
 */
export function historyVersions(entries: readonly { type: string; data: unknown }[], currentVersion: number): number[] {
  const out: number[] = [];
  for (const entry of entries) {
    if (entry.type !== MIGRATE_EVENT) continue;
    const { fromVersion, toVersion } = (entry.data ?? {}) as { fromVersion?: unknown; toVersion?: unknown };
    if (out.length === 0 && typeof fromVersion === 'number') out.push(fromVersion);
    if (typeof toVersion === 'number' && !out.includes(toVersion)) out.push(toVersion);
  }
  return out.length === 0 ? [currentVersion] : out;
}

/** The version a `@migrate` entry goes to, compiled, or a plain error naming what is missing. */
export function migrationTarget(versions: VersionLookup | undefined, data: unknown, seq: number): CompiledWorkflow {
  const toVersion = (data as { toVersion?: unknown } | undefined)?.toVersion;
  const target = typeof toVersion === 'number' ? versions?.(toVersion) : undefined;
  if (!target) throw new Error(`history entry ${seq} migrates to version ${String(toVersion)}, which was not given`);
  return target;
}
