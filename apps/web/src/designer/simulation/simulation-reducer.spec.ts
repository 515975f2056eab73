import { compile, type WorkflowSpec } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { earliestTimer, initialSimulation, simulate } from './simulation-reducer';
import type { SimulationAction, SimulationState } from './simulation.types';

// Review above 5000 goes to a director; settlement has a 3-day timer that flags the claim.
const SPEC: WorkflowSpec = {
  id: 'sim-expense',
  initial: 'review',
  meta: {
    title: { zh: '报销', en: 'Expense' },
    input: {
      type: 'object',
      required: ['amount'],
      properties: { amount: { type: 'number', exclusiveMinimum: 0 } },
    },
    events: {
      APPROVE: {
        title: { zh: '同意', en: 'Approve' },
        schema: { type: 'object', properties: { comment: { type: 'string' } } },
      },
      REJECT: {
        title: { zh: '不同意', en: 'Reject' },
        schema: { type: 'object', required: ['comment'], properties: { comment: { type: 'string', minLength: 1 } } },
      },
      SETTLE: { title: { zh: '核销', en: 'Settle' } },
    },
  },
  context: { amount: 0, overdue: false },
  states: {
    review: {
      meta: {
        title: { zh: '领导审批', en: 'Review' },
        task: { title: { zh: '审批', en: 'Review' }, candidateRoles: ['leader'], outcomes: ['APPROVE', 'REJECT'] },
      },
      on: {
        APPROVE: [
          { guard: { type: 'gt', params: { field: 'context.amount', value: 5000 } }, target: 'director' },
          { target: 'settlement' },
        ],
        REJECT: 'rejected',
      },
    },
    director: {
      meta: {
        title: { zh: '总监审批', en: 'Director' },
        task: { title: { zh: '总监审批', en: 'Director' }, candidateRoles: ['finance'], outcomes: ['APPROVE'] },
      },
      on: { APPROVE: 'settlement' },
    },
    settlement: {
      after: { P3D: { actions: [{ type: 'set', params: { to: 'overdue', value: true } }] } },
      on: { SETTLE: { guard: { type: 'eq', params: { field: 'context.overdue', value: false } }, target: 'settled' } },
    },
    settled: { type: 'final' },
    rejected: { type: 'final' },
  },
};

const compiled = compile(SPEC, workflowRegistry);
const CLOCK = new Date('2026-03-02T09:00:00.000Z');

function run(actions: SimulationAction[]): SimulationState {
  return actions.reduce((state, action) => simulate(compiled, state, action), initialSimulation(CLOCK, 'owner'));
}

describe('simulate', () => {
  it('starts with the input merged over the context and opens the first task', () => {
    const state = run([{ type: 'start', input: { amount: 8000 } }]);
    expect(state.result?.state).toBe('review');
    expect(state.result?.context).toEqual({ amount: 8000, overdue: false });
    expect(state.result?.acceptedEvents).toEqual(['APPROVE', 'REJECT']);
    expect(state.tasks).toEqual([
      { statePath: 'review', title: { zh: '审批', en: 'Review' }, outcomes: ['APPROVE', 'REJECT'] },
    ]);
    expect(state.log.map((e) => [e.seq, e.kind, e.eventType, e.at])).toEqual([
      [1, 'start', '@start', CLOCK.toISOString()],
    ]);
  });

  it.each([
    [8000, ['review', 'director', 'settlement']],
    [5000, ['review', 'settlement']],
  ])('routes an amount of %p through %j', (amount, path) => {
    const approve: SimulationAction = { type: 'send', eventType: 'APPROVE', data: {} };
    const state = run([{ type: 'start', input: { amount } }, approve, approve]);
    expect(state.log.map((e) => e.stateAfter).slice(0, path.length)).toEqual(path);
    expect(state.result?.state).toBe('settlement');
    expect(state.tasks).toEqual([]);
  });

  it.each<[string, SimulationAction[], string, string[]]>([
    ['bad start input', [{ type: 'start', input: { amount: -1 } }], 'invalid-data', ['/amount']],
    [
      'event data missing a required field',
      [
        { type: 'start', input: { amount: 1 } },
        { type: 'send', eventType: 'REJECT', data: {} },
      ],
      'invalid-data',
      ['/comment'],
    ],
    [
      'an event the state does not handle',
      [
        { type: 'start', input: { amount: 1 } },
        { type: 'send', eventType: 'SETTLE', data: {} },
      ],
      'not-accepted',
      [],
    ],
  ])('rejects %s and keeps the state', (_name, actions, reason, paths) => {
    const before = run(actions.slice(0, -1));
    const after = simulate(compiled, before, actions[actions.length - 1]);
    expect(after.rejection?.reason).toBe(reason);
    expect(after.rejection?.errors.map((e) => e.path)).toEqual(paths);
    expect(after.result).toBe(before.result);
    expect(after.log).toBe(before.log);
  });

  it('fires the earliest timer when time advances, then a guard refuses settling', () => {
    const started = run([
      { type: 'start', input: { amount: 100 } },
      { type: 'send', eventType: 'APPROVE', data: { comment: 'ok' } },
    ]);
    expect(started.timers).toEqual([
      {
        timerId: 'xstate.after.P3D.sim-expense.settlement',
        eventType: 'xstate.after.P3D.sim-expense.settlement',
        dueAt: '2026-03-05T09:00:00.000Z',
        statePath: 'settlement',
      },
    ]);
    expect(earliestTimer(started.timers)?.dueAt).toBe('2026-03-05T09:00:00.000Z');
    const advanced = simulate(compiled, started, { type: 'advance' });
    expect(advanced.now).toBe('2026-03-05T09:00:00.000Z');
    expect(advanced.result?.context.overdue).toBe(true);
    expect(advanced.log.at(-1)).toMatchObject({ kind: 'timer', at: '2026-03-05T09:00:00.000Z' });
    // The targetless delay fired once: nothing is left to advance to.
    expect(advanced.timers).toEqual([]);
    const refused = simulate(compiled, advanced, { type: 'send', eventType: 'SETTLE', data: {} });
    expect(refused.rejection).toMatchObject({ reason: 'guard', eventType: 'SETTLE', acceptedEvents: ['SETTLE'] });
    expect(simulate(compiled, started, { type: 'send', eventType: 'SETTLE', data: {} }).result?.status).toBe('done');
  });

  it('advances through a plain task’s reminders one after the other, then its timeout', () => {
    const timed = compile(
      {
        ...SPEC,
        states: {
          ...SPEC.states,
          review: {
            ...SPEC.states.review,
            meta: {
              ...SPEC.states.review.meta,
              task: {
                ...SPEC.states.review.meta!.task!,
                remind: { after: 'PT4H', repeat: { every: 'PT4H', times: 1 } },
                timeout: { after: 'P1D', event: 'REJECT_LATE' },
              },
            },
            on: { ...SPEC.states.review.on, REJECT_LATE: 'rejected' },
          },
        },
      },
      workflowRegistry,
    );
    let state = simulate(timed, initialSimulation(CLOCK, 'owner'), { type: 'start', input: { amount: 100 } });
    expect(state.timers.map((t) => t.timerId)).toEqual(['@remind.review', '@remind.review#2', '@timeout.review']);
    state = simulate(timed, state, { type: 'advance' });
    state = simulate(timed, state, { type: 'advance' });
    expect(state.log.slice(-2).map((e) => e.eventType)).toEqual(['@remind.review', '@remind.review']);
    state = simulate(timed, state, { type: 'advance' });
    expect(state.result).toMatchObject({ state: 'rejected', status: 'done' });
    expect(state.timers).toEqual([]);
  });

  it('does nothing on advance without timers or send before start; reset restores the start clock', () => {
    const idle = initialSimulation(CLOCK, 'owner');
    expect(simulate(compiled, idle, { type: 'advance' })).toBe(idle);
    expect(simulate(compiled, idle, { type: 'send', eventType: 'APPROVE', data: {} })).toBe(idle);
    const moved = run([
      { type: 'start', input: { amount: 100 } },
      { type: 'send', eventType: 'APPROVE', data: {} },
      { type: 'advance' },
      { type: 'reset' },
    ]);
    expect(moved).toEqual(initialSimulation(CLOCK, 'owner'));
  });

  it('earliestTimer picks the smallest due time', () => {
    const t = (id: string, dueAt: string) => ({ timerId: id, eventType: id, dueAt, statePath: 's' });
    expect(earliestTimer([t('b', '2026-01-02T00:00:00.000Z'), t('a', '2026-01-01T00:00:00.000Z')])?.timerId).toBe('a');
    expect(earliestTimer([])).toBeUndefined();
  });
});

describe('a trial run of an approval step', () => {
  const approvalSpec: WorkflowSpec = {
    id: 'sim-approval',
    initial: 'review',
    meta: {
      title: { zh: '审批', en: 'Approval' },
      events: {
        APPROVE: { title: { zh: '同意', en: 'Approve' }, schema: { type: 'object' } },
        REJECT: { title: { zh: '不同意', en: 'Reject' }, schema: { type: 'object' } },
      },
    },
    states: {
      review: {
        meta: {
          task: {
            title: { zh: '财务会签', en: 'Finance' },
            outcomes: ['APPROVE', 'REJECT'],
            approval: { approvers: [{ kind: 'role', role: 'finance' }], mode: 'all' },
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
    },
  };

  it('makes the one trying it the approver, so the step opens a task and can be decided', () => {
    const compiled = compile(approvalSpec, workflowRegistry);
    const started = simulate(compiled, initialSimulation(new Date('2026-03-02T01:00:00Z'), 'owner'), {
      type: 'start',
      input: {},
    });
    expect(started.log.map((e) => `${e.kind}:${e.eventType}`)).toEqual(['start:@start', 'approvers:@approvers']);
    expect(started.tasks).toEqual([expect.objectContaining({ statePath: 'review', outcomes: ['APPROVE', 'REJECT'] })]);
    const decided = simulate(compiled, started, { type: 'send', eventType: 'APPROVE', data: {} });
    expect(decided.rejection).toBeNull();
    expect(decided.result?.state).toBe('approved');
  });
});
