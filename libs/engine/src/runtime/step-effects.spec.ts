import { expenseSpec } from '../__fixtures__/expense.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { deepFreeze } from '../support/json-value';
import type { Effect, StepResult } from './runtime.types';
import { start } from './start';
import { step } from './step';

const now = new Date('2026-01-31T09:00:00.000Z');
const later = new Date('2026-02-01T09:00:00.000Z');
const compiled = compile(expenseSpec, standardRegistry);
const kinds = (effects: Effect[]) =>
  effects.map((e) => `${e.kind}:${'statePath' in e ? e.statePath : 'timerId' in e ? e.timerId : e.to}`);

function submitted(amount: number, input = {}): StepResult {
  const first = start(compiled, input, now, 'staff');
  return step(compiled, first.snapshot, { type: 'SUBMIT', data: { amount }, actor: 'staff' }, now);
}

describe('start', () => {
  it('opens the starter task with the form from the outcome event schema', () => {
    const first = start(compiled, {}, now, 'staff');
    expect(first.state).toBe('draft');
    expect(first.context).toEqual({ amount: 0, log: [], window: 'PT6H' });
    expect(first.effects).toEqual([
      {
        kind: 'openTask',
        statePath: 'draft',
        task: { title: { zh: '中文Task', en: 'Task' }, assignee: 'starter', outcomes: ['SUBMIT'] },
        formSchema: { type: 'object', properties: { amount: { type: 'number', minimum: 0 } }, required: ['amount'] },
      },
    ]);
  });
});

describe('step: always-routing, assign actions, tasks and timers', () => {
  it('routes a small claim to the leader, stamping the log with actor and time', () => {
    const next = submitted(500);
    expect(next.state).toBe('leaderReview');
    expect(next.context).toEqual({
      amount: 500,
      log: [{ step: 'submitted', at: '2026-01-31T09:00:00.000Z', by: 'staff' }],
      window: 'PT6H',
    });
    expect(kinds(next.effects)).toEqual(['closeTask:draft', 'openTask:leaderReview', 'scheduleTimer:leaderReview']);
    expect(next.effects[1]).toMatchObject({ kind: 'openTask', dueAt: '2026-02-03T09:00:00.000Z' });
    expect(next.effects[2]).toEqual({
      kind: 'scheduleTimer',
      timerId: 'xstate.after.P1D.expense.leaderReview',
      eventType: 'xstate.after.P1D.expense.leaderReview',
      delayMs: 86_400_000,
      dueAt: '2026-02-01T09:00:00.000Z',
      statePath: 'leaderReview',
    });
  });

  it.each([
    [10_000, 'financeReview'],
    [9_999.99, 'leaderReview'],
  ])('routes amount %p to %s', (amount, state) => {
    expect(submitted(amount).state).toBe(state);
  });

  it('reads the finance deadline and timer from context.window', () => {
    const next = submitted(20_000, { window: 'PT6H' });
    expect(next.effects[1]).toMatchObject({
      kind: 'openTask',
      statePath: 'financeReview',
      dueAt: '2026-01-31T15:00:00.000Z',
    });
    expect(next.effects[2]).toEqual({
      kind: 'scheduleTimer',
      timerId: 'xstate.after.context.window.expense.financeReview',
      eventType: 'xstate.after.context.window.expense.financeReview',
      delayMs: 21_600_000,
      dueAt: '2026-01-31T15:00:00.000Z',
      statePath: 'financeReview',
    });
  });

  it('a fired reminder re-enters the review: close, cancel, notify, reopen, reschedule', () => {
    const review = submitted(500);
    const next = step(
      compiled,
      review.snapshot,
      { type: 'xstate.after.P1D.expense.leaderReview', actor: 'system' },
      later,
    );
    expect(next.state).toBe('leaderReview');
    expect(kinds(next.effects)).toEqual([
      'closeTask:leaderReview',
      'cancelTimer:xstate.after.P1D.expense.leaderReview',
      'notify:role:leader',
      'openTask:leaderReview',
      'scheduleTimer:leaderReview',
    ]);
    expect(next.effects[2]).toEqual({
      kind: 'notify',
      to: 'role:leader',
      message: { zh: '通知Reminder', en: 'Reminder' },
    });
    expect(next.effects[3]).toMatchObject({ dueAt: '2026-02-04T09:00:00.000Z' });
    expect(next.effects[4]).toMatchObject({ dueAt: '2026-02-02T09:00:00.000Z' });
  });

  it('an approval closes the task, cancels the timer, notifies the starter and finishes', () => {
    const next = step(
      compiled,
      submitted(500).snapshot,
      { type: 'APPROVE', data: { comment: 'ok' }, actor: 'leader' },
      later,
    );
    expect(next.state).toBe('approved');
    expect(next.status).toBe('done');
    expect(next.acceptedEvents).toEqual([]);
    expect(next.effects).toEqual([
      { kind: 'closeTask', statePath: 'leaderReview' },
      { kind: 'cancelTimer', timerId: 'xstate.after.P1D.expense.leaderReview' },
      { kind: 'notify', to: 'starter', message: { zh: '通知Approved', en: 'Approved' } },
    ]);
  });

  it('the finance timer firing escalates', () => {
    const review = submitted(20_000);
    const next = step(compiled, review.snapshot, { type: 'xstate.after.context.window.expense.financeReview' }, later);
    expect(next.state).toBe('escalated');
    expect(next.status).toBe('done');
  });

  it('never mutates the snapshot it is given', () => {
    const review = submitted(500);
    const frozen = deepFreeze(JSON.parse(JSON.stringify(review.snapshot)));
    const next = step(compiled, frozen, { type: 'REJECT', data: { reason: 'no' }, actor: 'leader' }, later);
    expect(next.state).toBe('rejected');
    expect(frozen).toEqual(review.snapshot);
  });

  it('returns plain JSON snapshots that equal their own JSON round trip', () => {
    const next = submitted(500);
    expect(JSON.parse(JSON.stringify(next.snapshot))).toEqual(next.snapshot);
    expect(next.snapshot).toMatchObject({ status: 'active', value: 'leaderReview' });
  });
});
