import { expenseSpec } from '../__fixtures__/expense.fixture';
import type { JsonObject } from '../definition/definition.types';
import { compile } from '../compile/compile';
import { GENESIS_HASH, hashEntry } from '../history/hash-chain';
import type { StoredEntry } from '../history/history.types';
import { verifyHistory } from '../history/verify-history';
import { standardRegistry } from '../registry/standard-registry';
import { CANCEL_EVENT } from './cancel';
import { EventRejectedError } from './engine.errors';
import { replay } from './replay';
import type { RecordedEvent } from './runtime.types';
import { start } from './start';
import { step } from './step';

const compiled = compile(expenseSpec, standardRegistry);
const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h));

describe('@cancel', () => {
  const started = start(compiled, { window: 'PT2H' }, at(1), 'staff');
  const submitted = step(compiled, started.snapshot, { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff' }, at(2));

  it('stops the instance where it is, closing its tasks and cancelling its timers', () => {
    const cancelled = step(
      compiled,
      submitted.snapshot,
      { type: CANCEL_EVENT, data: { reason: '重复提交' }, actor: 'admin' },
      at(3),
    );
    expect(submitted.state).toBe('leaderReview');
    expect(cancelled).toMatchObject({ status: 'cancelled', state: 'leaderReview', acceptedEvents: [] });
    expect(cancelled.context).toEqual(submitted.context);
    expect(cancelled.effects).toEqual([
      { kind: 'closeTask', statePath: 'leaderReview', status: 'cancelled' },
      { kind: 'cancelTimer', timerId: expect.stringMatching(/^xstate\.after\.P1D\..*leaderReview$/) },
    ]);
  });

  it.each<[string, JsonObject, string]>([
    ['no reason', {}, 'invalid-data'],
    ['an empty reason', { reason: '' }, 'invalid-data'],
    ['another field', { reason: 'x', state: 'approved' }, 'invalid-data'],
  ])('refuses %s', (_n, data, reason) => {
    expect(() => step(compiled, submitted.snapshot, { type: CANCEL_EVENT, data, actor: 'admin' }, at(3))).toThrow(
      expect.objectContaining({ reason }),
    );
  });

  it('refuses an instance that has ended, and any event after it', () => {
    const cancelled = step(
      compiled,
      submitted.snapshot,
      { type: CANCEL_EVENT, data: { reason: 'x' }, actor: 'admin' },
      at(3),
    );
    expect(() =>
      step(compiled, cancelled.snapshot, { type: CANCEL_EVENT, data: { reason: 'y' }, actor: 'admin' }, at(4)),
    ).toThrow(EventRejectedError);
    expect(() => step(compiled, cancelled.snapshot, { type: 'APPROVE', data: {}, actor: 'leader' }, at(4))).toThrow(
      EventRejectedError,
    );
  });

  it('is replayed and verified like any other entry', () => {
    const events: RecordedEvent[] = [
      { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: at(1).toISOString() },
      { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: at(2).toISOString() },
      { type: CANCEL_EVENT, data: { reason: '重复提交' }, actor: 'admin', at: at(3).toISOString() },
    ];
    const results = replay(compiled, events);
    const entries: StoredEntry[] = [];
    events.forEach((e, i) => {
      const linked = {
        ...e,
        instanceId: '0a000000-0000-4000-8000-000000000001',
        seq: i + 1,
        stateAfter: results[i].state,
        prevHash: entries[i - 1]?.hash ?? GENESIS_HASH,
      };
      entries.push({ ...linked, hash: hashEntry(linked) });
    });
    const last = results[2];
    const row = { seq: 3, state: last.state, context: last.context, status: 'cancelled', lastHash: entries[2].hash };
    expect(verifyHistory(compiled, entries, row)).toEqual({ ok: true, checked: 3 });
    expect(verifyHistory(compiled, entries, { ...row, status: 'running' }).firstFailure).toMatchObject({
      reason: 'instance-row',
    });
  });
});
