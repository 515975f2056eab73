import { approvalSpec, ApprovalWalk } from '../__fixtures__/approval.fixture';
import { expenseSpec } from '../__fixtures__/expense.fixture';
import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import type { JsonObject } from '../definition/definition.types';
import { GENESIS_HASH, hashEntry } from '../history/hash-chain';
import type { StoredEntry } from '../history/history.types';
import { verifyHistory } from '../history/verify-history';
import { standardRegistry } from '../registry/standard-registry';
import { MOVE_EVENT } from './move';
import { replay } from './replay';
import type { RecordedEvent } from './runtime.types';
import { start } from './start';
import { step } from './step';

const compiled = compile(expenseSpec, standardRegistry);
const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h));
const move = (to: string, reason = '数据修复'): { type: string; data: JsonObject; actor: string } => ({
  type: MOVE_EVENT,
  data: { to, reason },
  actor: 'admin',
});

describe('@move', () => {
  const started = start(compiled, { window: 'PT2H' }, at(1), 'staff');
  const submitted = step(compiled, started.snapshot, { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff' }, at(2));

  it('leaves the state (task moved, timer cancelled) and runs the target entry (task opens, timer schedules)', () => {
    const moved = step(compiled, submitted.snapshot, move('financeReview'), at(3));
    expect(moved).toMatchObject({ status: 'running', state: 'financeReview' });
    expect(moved.acceptedEvents).toEqual(['APPROVE', 'REJECT']);
    expect(moved.effects.map((e) => e.kind)).toEqual(['closeTask', 'cancelTimer', 'openTask', 'scheduleTimer']);
    expect(moved.effects).toEqual(
      expect.arrayContaining([
        { kind: 'closeTask', statePath: 'leaderReview', status: 'moved' },
        expect.objectContaining({ kind: 'openTask', statePath: 'financeReview', dueAt: '2026-01-05T05:00:00.000Z' }),
        expect.objectContaining({ kind: 'scheduleTimer', statePath: 'financeReview' }),
      ]),
    );
    expect(moved.context).toEqual(submitted.context);
  });

  it('may go to a final state, which ends the instance and runs its entry', () => {
    const moved = step(compiled, submitted.snapshot, move('approved'), at(3));
    expect(moved).toMatchObject({ status: 'done', state: 'approved', acceptedEvents: [] });
    expect(moved.effects).toEqual(
      expect.arrayContaining([{ kind: 'notify', to: 'starter', message: { zh: '通知Approved', en: 'Approved' } }]),
    );
  });

  it.each<[string, JsonObject]>([
    ['an unknown state', { to: 'nowhere', reason: 'x' }],
    ['a missing reason', { to: 'approved' }],
    ['an empty reason', { to: 'approved', reason: '' }],
    ['another field', { to: 'approved', reason: 'x', context: {} }],
  ])('refuses %s, naming the field', (_n, data) => {
    expect(() => step(compiled, submitted.snapshot, { type: MOVE_EVENT, data, actor: 'admin' }, at(3))).toThrow(
      expect.objectContaining({ reason: 'invalid-data' }),
    );
  });

  it('names the unknown state path under /to', () => {
    const attempt = () => step(compiled, submitted.snapshot, move('nowhere'), at(3));
    expect(attempt).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({ path: '/to', code: 'unknown-state', message: expect.stringContaining('nowhere') }),
        ],
      }),
    );
  });

  it('refuses an instance that has ended', () => {
    const done = step(compiled, submitted.snapshot, move('approved'), at(3));
    expect(() => step(compiled, done.snapshot, move('leaderReview'), at(4))).toThrow(
      expect.objectContaining({ reason: 'not-accepted' }),
    );
  });

  it('neither lists the compiled move events as accepted nor takes them as events of their own', () => {
    expect(submitted.acceptedEvents).toEqual(['APPROVE', 'REJECT']);
    expect(() => step(compiled, submitted.snapshot, { type: 'liucheng.move.approved', actor: 'staff' }, at(3))).toThrow(
      expect.objectContaining({ reason: 'not-accepted' }),
    );
  });

  describe('in a parallel state', () => {
    const region = (event: string) => ({
      initial: 'pending',
      states: {
        pending: { meta: task([event]), on: { [event]: 'checked' } },
        checked: { meta: task(['CONFIRM_' + event]), on: { ['CONFIRM_' + event]: 'done' } },
        done: { type: 'final' as const },
      },
    });
    const parallel = compile(
      makeSpec({
        draft: { meta: task(['SEND']), on: { SEND: 'review' } },
        review: {
          type: 'parallel',
          states: { legal: region('LEGAL_OK'), finance: region('FINANCE_OK') },
          onDone: 'signed',
        },
        signed: { type: 'final' },
      }),
      standardRegistry,
    );
    const first = start(parallel, {}, at(1), 'sales');
    const inReview = step(parallel, first.snapshot, { type: 'SEND' }, at(2));

    it("moving one region's child keeps the other region where it is", () => {
      const moved = step(parallel, inReview.snapshot, move('review.legal.checked'), at(3));
      expect(moved.state).toEqual({ review: { legal: 'checked', finance: 'pending' } });
      expect(moved.effects).toEqual([
        { kind: 'closeTask', statePath: 'review.legal.pending', status: 'moved' },
        expect.objectContaining({ kind: 'openTask', statePath: 'review.legal.checked' }),
      ]);
    });

    it('moving into a region from outside enters the other regions at their initial state', () => {
      const moved = step(parallel, first.snapshot, move('review.finance.checked'), at(3));
      expect(moved.state).toEqual({ review: { legal: 'pending', finance: 'checked' } });
    });

    it('moving both regions to their final state takes onDone', () => {
      const one = step(parallel, inReview.snapshot, move('review.legal.done'), at(3));
      const both = step(parallel, one.snapshot, move('review.finance.done'), at(4));
      expect(both).toMatchObject({ state: 'signed', status: 'done' });
    });
  });

  it('opens a new approval round in the target and cancels the round left', () => {
    const walk = new ApprovalWalk(approvalSpec({}));
    walk.resolve({ review: ['fin1'] });
    const moved = walk.send(MOVE_EVENT, 'admin', { to: 'legal', reason: '财务已线下审批' });
    expect(moved.state).toBe('legal');
    expect(moved.effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'closeTask', statePath: 'review', status: 'moved' }),
        { kind: 'resolveApprovers', statePath: 'legal' },
      ]),
    );
    expect(walk.approvals.states.review.status).toBe('cancelled');
    expect(walk.approvals.states.legal).toMatchObject({ round: 1, status: 'resolving' });
    walk.resolve({ legal: ['lawyer'] });
    expect(walk.openTasks()).toEqual(['legal:lawyer']);
    walk.expectReproducible();
  });

  describe('in the record', () => {
    const events: RecordedEvent[] = [
      { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: at(1).toISOString() },
      { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: at(2).toISOString() },
      { ...move('financeReview'), at: at(3).toISOString() },
      { type: 'APPROVE', data: { comment: 'ok' }, actor: 'finance', at: at(4).toISOString() },
    ];
    const live = [start(compiled, { window: 'PT2H' }, at(1), 'staff')];
    for (let i = 1; i < events.length; i++)
      live.push(step(compiled, live[i - 1].snapshot, events[i], new Date(events[i].at)));
    const chain = (list: RecordedEvent[]): StoredEntry[] => {
      const results = replay(compiled, list);
      const entries: StoredEntry[] = [];
      list.forEach((e, i) => {
        const linked = {
          ...e,
          instanceId: '0a000000-0000-4000-8000-000000000002',
          seq: i + 1,
          stateAfter: results[i].state,
          prevHash: entries[i - 1]?.hash ?? GENESIS_HASH,
        };
        entries.push({ ...linked, hash: hashEntry(linked) });
      });
      return entries;
    };
    const entries = chain(events);
    const last = live[live.length - 1];
    const row = { seq: 4, state: last.state, context: last.context, status: last.status, lastHash: entries[3].hash };

    it('replays to what the live steps gave', () => {
      expect(replay(compiled, events)).toEqual(live);
      expect(last).toMatchObject({ state: 'approved', status: 'done' });
    });

    it('verifies, and a tampered @move entry breaks verification', () => {
      expect(verifyHistory(compiled, entries, row)).toEqual({ ok: true, checked: 4 });
      const tampered = entries.map((e) =>
        e.seq === 3 ? { ...e, data: { to: 'leaderReview', reason: '数据修复' } } : e,
      );
      expect(verifyHistory(compiled, tampered, row).firstFailure).toMatchObject({ seq: 3, reason: 'hash' });
      // Re-hashed after the change (a forger with database access): the chain holds, the replay does not.
      let prevHash = GENESIS_HASH;
      const forged = tampered.map((e) => {
        const { hash: _old, ...rest } = { ...e, prevHash };
        const hash = hashEntry(rest);
        prevHash = hash;
        return { ...rest, hash };
      });
      expect(verifyHistory(compiled, forged, { ...row, lastHash: prevHash }).firstFailure).toMatchObject({
        seq: 3,
        reason: 'state',
      });
    });
  });
});
