import { approvalSpec, ApprovalWalk } from '../__fixtures__/approval.fixture';
import { expenseSpec } from '../__fixtures__/expense.fixture';
import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import type { JsonObject, WorkflowSpec } from '../definition/definition.types';
import { GENESIS_HASH, hashEntry } from '../history/hash-chain';
import type { StoredEntry } from '../history/history.types';
import { verifyHistory } from '../history/verify-history';
import { standardRegistry } from '../registry/standard-registry';
import { historyVersions } from './history-versions';
import { migrate, MIGRATE_EVENT, planMigration } from './migrate';
import { replay, replaySteps } from './replay';
import type { RecordedEvent, StepResult } from './runtime.types';
import { start } from './start';
import { step } from './step';

/** Version 2 of the expense claim: the leader's review is now the manager's, with its own reminder. */
function expenseV2(): WorkflowSpec {
  const spec = JSON.parse(JSON.stringify(expenseSpec)) as WorkflowSpec & { states: Record<string, JsonObject> };
  const { leaderReview, ...rest } = spec.states;
  const review = JSON.parse(JSON.stringify(leaderReview).replace(/leaderReview/g, 'managerReview')) as JsonObject;
  (review.after as JsonObject) = { PT12H: { target: 'managerReview', reenter: true } };
  spec.states = { ...rest, managerReview: review };
  (spec.states.routing.always as JsonObject[])[1] = { target: 'managerReview' };
  return spec;
}

const v1 = compile(expenseSpec, standardRegistry);
const v2 = compile(expenseV2(), standardRegistry);
const versions = (n: number) => ({ 1: v1, 2: v2 })[n];
const at = (h: number) => new Date(Date.UTC(2026, 0, 5, h));
const data = (mapping: Record<string, string>, reason = '新版审批规则'): JsonObject => ({
  fromVersion: 1,
  toVersion: 2,
  mapping,
  reason,
});

describe('@migrate', () => {
  const started = start(v1, { window: 'PT2H' }, at(1), 'staff');
  const inLeader = step(v1, started.snapshot, { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff' }, at(2));
  const inFinance = step(v1, started.snapshot, { type: 'SUBMIT', data: { amount: 20000 }, actor: 'staff' }, at(2));
  const run = (from: StepResult, mapping: Record<string, string>) =>
    migrate(v1, v2, from.snapshot, { type: MIGRATE_EVENT, data: data(mapping), actor: 'owner' }, at(3));

  it('moves a mapped state: its task closes as moved, its timer is cancelled, the new state is entered', () => {
    const moved = run(inLeader, { leaderReview: 'managerReview' });
    expect(moved).toMatchObject({ status: 'running', state: 'managerReview', acceptedEvents: ['APPROVE', 'REJECT'] });
    expect(moved.context).toEqual(inLeader.context);
    expect(moved.effects).toEqual([
      { kind: 'closeTask', statePath: 'leaderReview', status: 'moved' },
      { kind: 'cancelTimer', timerId: expect.stringMatching(/P1D.*leaderReview$/) },
      expect.objectContaining({ kind: 'openTask', statePath: 'managerReview' }),
      expect.objectContaining({ kind: 'scheduleTimer', statePath: 'managerReview', delayMs: 12 * 3600_000 }),
    ]);
    // It now runs on version 2: the next event goes through version 2's machine.
    const approved = step(v2, moved.snapshot, { type: 'APPROVE', data: {}, actor: 'leader' }, at(4));
    expect(approved).toMatchObject({ state: 'approved', status: 'done' });
  });

  it('keeps a state both versions have (identity) with its task and timer untouched', () => {
    const kept = run(inFinance, {});
    expect(kept).toMatchObject({ state: 'financeReview', status: 'running', effects: [] });
  });

  it('plans every reason an instance cannot move, each naming its mapping path', () => {
    expect(planMigration(v1, v2, 'leaderReview', {}).problems).toEqual([
      expect.objectContaining({ path: '/mapping/leaderReview', code: 'unmapped-state' }),
    ]);
    expect(planMigration(v1, v2, 'leaderReview', { leaderReview: 'nowhere' }).problems).toEqual([
      expect.objectContaining({ path: '/mapping/leaderReview', code: 'unknown-state', params: { state: 'nowhere' } }),
    ]);
    expect(planMigration(v1, v2, 'leaderReview', { leaderReview: 'approved' }).problems).toEqual([
      expect.objectContaining({ path: '/mapping/leaderReview', code: 'final-state' }),
    ]);
    expect(planMigration(v1, v2, 'financeReview', { ghost: 'financeReview' }).problems).toEqual([
      expect.objectContaining({ path: '/mapping/ghost', code: 'unknown-state' }),
    ]);
    expect(() => run(inLeader, {})).toThrow(
      expect.objectContaining({
        reason: 'invalid-data',
        errors: [expect.objectContaining({ code: 'unmapped-state' })],
      }),
    );
  });

  it('refuses bad data, an ended instance, and a plain step', () => {
    expect(() =>
      migrate(v1, v2, inLeader.snapshot, { type: MIGRATE_EVENT, data: { mapping: {} }, actor: 'o' }, at(3)),
    ).toThrow(expect.objectContaining({ reason: 'invalid-data' }));
    const done = step(v1, inLeader.snapshot, { type: 'APPROVE', data: {}, actor: 'leader' }, at(3));
    expect(() => run(done, {})).toThrow(expect.objectContaining({ reason: 'not-accepted' }));
    expect(() =>
      step(v1, inLeader.snapshot, { type: MIGRATE_EVENT, data: data({ leaderReview: 'managerReview' }) }, at(3)),
    ).toThrow(expect.objectContaining({ reason: 'not-accepted' }));
  });

  describe('parallel states', () => {
    const region = (event: string) => ({
      initial: 'pending',
      states: { pending: { meta: task([event]), on: { [event]: 'done' } }, done: { type: 'final' as const } },
    });
    const p1 = compile(
      makeSpec({
        review: {
          type: 'parallel',
          states: { legal: region('LEGAL_OK'), finance: region('FINANCE_OK') },
          onDone: 'signed',
        },
        signed: { type: 'final' },
      }),
      standardRegistry,
    );
    const p2 = compile(
      makeSpec({
        review: { type: 'parallel', states: { legal: region('LEGAL_OK'), tax: region('TAX_OK') }, onDone: 'signed' },
        single: { meta: task(['OK']), on: { OK: 'signed' } },
        signed: { type: 'final' },
      }),
      standardRegistry,
    );
    const first = start(p1, {}, at(1), 'sales');

    it('maps one region and keeps the other', () => {
      const moved = migrate(
        p1,
        p2,
        first.snapshot,
        {
          type: MIGRATE_EVENT,
          data: {
            fromVersion: 1,
            toVersion: 2,
            mapping: { 'review.finance.pending': 'review.tax.pending' },
            reason: 'x',
          },
          actor: 'owner',
        },
        at(2),
      );
      expect(moved.state).toEqual({ review: { legal: 'pending', tax: 'pending' } });
      expect(moved.effects).toEqual([
        { kind: 'closeTask', statePath: 'review.finance.pending', status: 'moved' },
        expect.objectContaining({ kind: 'openTask', statePath: 'review.tax.pending' }),
      ]);
    });

    it('refuses two regions mapped under one compound state to different states', () => {
      const plan = planMigration(p1, p2, first.state, {
        'review.finance.pending': 'single',
        'review.legal.pending': 'review.legal.pending',
      });
      expect(plan.problems).toEqual([expect.objectContaining({ path: '/mapping', code: 'conflicting-states' })]);
    });
  });

  it('opens a new approval round in a renamed approval state and cancels the round left', () => {
    const spec = approvalSpec({});
    const renamed = JSON.parse(JSON.stringify(spec).replace(/"review"/g, '"deptReview"')) as WorkflowSpec & {
      states: Record<string, JsonObject>;
    };
    renamed.states = Object.fromEntries(
      Object.entries(renamed.states).map(([k, v]) => [k === 'review' ? 'deptReview' : k, v]),
    );
    const a1 = compile(spec, standardRegistry);
    const a2 = compile(renamed, standardRegistry);
    const walk = new ApprovalWalk(spec);
    walk.resolve({ review: ['fin1'] });
    const moved = migrate(
      a1,
      a2,
      walk.last.snapshot,
      {
        type: MIGRATE_EVENT,
        data: { fromVersion: 1, toVersion: 2, mapping: { review: 'deptReview' }, reason: '改名' },
        actor: 'owner',
      },
      new Date('2026-03-02T02:00:00.000Z'),
    );
    expect(moved.state).toBe('deptReview');
    expect(moved.effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'closeTask', statePath: 'review', status: 'moved' }),
        { kind: 'resolveApprovers', statePath: 'deptReview' },
      ]),
    );
    const approvals = moved.context.$approvals as { states: Record<string, { status: string; round: number }> };
    expect(approvals.states.review.status).toBe('cancelled');
    expect(approvals.states.deptReview).toMatchObject({ round: 1, status: 'resolving' });
    const resolved = step(
      a2,
      moved.snapshot,
      {
        type: '@approvers',
        data: { states: { deptReview: { approvers: [{ user: 'fin2' }] } } },
        actor: 'system',
      },
      new Date('2026-03-02T02:00:00.000Z'),
    );
    expect(resolved.effects).toEqual([
      expect.objectContaining({ kind: 'openTask', statePath: 'deptReview', assignee: 'fin2' }),
    ]);
  });

  describe('in the record', () => {
    const events: RecordedEvent[] = [
      { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: at(1).toISOString() },
      { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: at(2).toISOString() },
      { type: MIGRATE_EVENT, data: data({ leaderReview: 'managerReview' }), actor: 'owner', at: at(3).toISOString() },
      { type: 'APPROVE', data: {}, actor: 'leader', at: at(4).toISOString() },
    ];
    const live = [started, inLeader];
    live.push(migrate(v1, v2, inLeader.snapshot, events[2], at(3)));
    live.push(step(v2, live[2].snapshot, events[3], at(4)));
    const chain = (list: RecordedEvent[], states: StepResult[]): StoredEntry[] => {
      let prevHash = GENESIS_HASH;
      return list.map((e, i) => {
        const linked = {
          ...e,
          instanceId: '0a000000-0000-4000-8000-000000000003',
          seq: i + 1,
          stateAfter: states[i].state,
          prevHash,
        };
        prevHash = hashEntry(linked);
        return { ...linked, hash: prevHash };
      });
    };
    const entries = chain(events, live);
    const last = live[3];
    const row = { seq: 4, state: last.state, context: last.context, status: last.status, lastHash: entries[3].hash };

    it('names the versions it ran on, starting with the one it started on', () => {
      expect(historyVersions(events, 2)).toEqual([1, 2]);
      expect(historyVersions(events.slice(0, 2), 1)).toEqual([1]);
    });

    it('replays across the version switch to what the live steps gave', () => {
      expect(replay(v1, events, { versions })).toEqual(live);
      expect(() => replay(v1, events)).toThrow(/version 2/);
      const steps = replaySteps(v1, events, { versions, startVersion: 1 });
      expect(steps.map((s) => [s.state, s.version])).toEqual([
        ['draft', 1],
        ['leaderReview', 1],
        ['managerReview', 2],
        ['approved', 2],
      ]);
    });

    it('verifies on the version of each entry; a tampered @migrate entry breaks verification', () => {
      expect(verifyHistory(v1, entries, row, { versions })).toEqual({ ok: true, checked: 4 });
      expect(verifyHistory(v1, entries, row).firstFailure).toMatchObject({ seq: 3, reason: 'state' });
      const changed = entries.map((e) => (e.seq === 3 ? { ...e, data: data({ leaderReview: 'financeReview' }) } : e));
      expect(verifyHistory(v1, changed, row, { versions }).firstFailure).toMatchObject({ seq: 3, reason: 'hash' });
      // Re-hashed by a forger: the chain holds, but the replay lands elsewhere than the record says.
      const forged = chain(
        events.map((e, i) => (i === 2 ? { ...e, data: data({ leaderReview: 'financeReview' }) } : e)),
        live,
      );
      const forgedRow = { ...row, lastHash: forged[3].hash };
      expect(verifyHistory(v1, forged, forgedRow, { versions }).firstFailure).toMatchObject({
        seq: 3,
        reason: 'state',
      });
    });
  });
});
