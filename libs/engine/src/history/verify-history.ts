import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { instanceStatus } from '../runtime/snapshot';
import { withCalendar, type StepOptions } from '../runtime/calendar-scope';
import { replayEntry } from '../runtime/replay-live';
import { migrationTarget, type VersionLookup } from '../runtime/history-versions';
import { MIGRATE_EVENT } from '../runtime/migrate';
import { deepEqual, jsonClone } from '../support/json-value';
import { GENESIS_HASH, hashEntry } from './hash-chain';
import type { HistoryFailureReason, HistoryVerification, StoredEntry, StoredInstanceState } from './history.types';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Verification's options: the calendar, and the versions a `@migrate` entry may switch to. */
export interface VerifyOptions extends StepOptions {
  versions?: VersionLookup;
}

/**
 * Verifies a stored history against its definition and instance row: seq contiguity from 1, each
 * `prevHash` link, each recomputed hash, each `stateAfter` against a replay, then the row's seq,
 * state, context (and status, last hash when given). Stops at the first failure. Pure; the
 * replay restores nothing and serialises nothing per entry.
 *
 * @example verifyHistory(compiled, entries, { seq: 3, state: 'approved', context }) // { ok: true, checked: 3 }
 */
export function verifyHistory(
  compiled: CompiledWorkflow,
  entries: readonly StoredEntry[],
  stored: StoredInstanceState,
  options: VerifyOptions = {},
): HistoryVerification {
  // States never depend on a delay's length (which timer fired is recorded), so any calendar
  // with the definition's key verifies; the caller passes the current one.
  return withCalendar(options.calendar, () => verifyEntries(compiled, entries, stored, options.versions));
}

function verifyEntries(
  startedOn: CompiledWorkflow,
  entries: readonly StoredEntry[],
  stored: StoredInstanceState,
  versions: VersionLookup | undefined,
): HistoryVerification {
  let compiled = startedOn;
  const checked = entries.length;
  const fail = (seq: number, reason: HistoryFailureReason, message: string): HistoryVerification => ({
    ok: false,
    checked,
    firstFailure: { seq, reason, message },
  });
  let prevHash = GENESIS_HASH;
  let current: AnyMachineSnapshot | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const seq = i + 1;
    if (entry.seq !== seq) return fail(seq, 'gap', `expected seq ${seq}, found ${entry.seq}`);
    if (entry.prevHash !== prevHash) return fail(seq, 'prev-hash', `prevHash does not match the hash of entry ${i}`);
    if (hashEntry(entry) !== entry.hash) return fail(seq, 'hash', 'hash does not match the entry contents');
    prevHash = entry.hash;
    try {
      // At a `@migrate` the instance goes on with the version it names (that version's definition).
      const to = current && entry.type === MIGRATE_EVENT ? migrationTarget(versions, entry.data, seq) : undefined;
      current = replayEntry(compiled, current, entry, to);
      if (to) compiled = to;
    } catch (e) {
      return fail(seq, 'state', `replay failed at seq ${seq}: ${errorText(e)}`);
    }
    if (!deepEqual(current.value, entry.stateAfter))
      return fail(seq, 'state', `stateAfter of seq ${seq} differs from the replay`);
  }
  if (!current) return stored.seq === 0 ? { ok: true, checked } : fail(1, 'gap', 'the history has no entry 1');
  const rowSeq = Math.min(Math.max(stored.seq, 1), entries.length);
  const row = (message: string) => fail(rowSeq, 'instance-row', message);
  if (stored.seq !== entries.length) return row(`instance seq ${stored.seq} but ${entries.length} history entries`);
  if (stored.lastHash !== undefined && stored.lastHash !== prevHash)
    return row('the instance last hash differs from the hash of the last entry');
  if (!deepEqual(current.value, stored.state) || !deepEqual(jsonClone(current.context), stored.context ?? {}))
    return row('the stored instance state or context differs from the replay');
  if (stored.status !== undefined && stored.status !== instanceStatus(current.status))
    return row(`the stored instance status ${stored.status} differs from the replay`);
  return { ok: true, checked };
}
