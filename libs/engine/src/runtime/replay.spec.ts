import { expenseSpec } from '../__fixtures__/expense.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { replay } from './replay';
import type { RecordedEvent, StepResult } from './runtime.types';
import { start } from './start';
import { step } from './step';

const history: RecordedEvent[] = [
  { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: '2026-01-05T01:00:00.000Z' },
  { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: '2026-01-05T02:00:00.000Z' },
  { type: 'xstate.after.P1D.expense.leaderReview', data: {}, actor: 'system', at: '2026-01-06T02:00:00.000Z' },
  { type: 'APPROVE', data: { comment: 'fine' }, actor: 'leader', at: '2026-01-06T05:30:00.000Z' },
];

describe('replay', () => {
  it('reproduces exactly what the live steps produced, entry by entry', () => {
    const live: StepResult[] = [];
    const compiled = compile(expenseSpec, standardRegistry);
    live.push(start(compiled, history[0].data, new Date(history[0].at), history[0].actor));
    for (const e of history.slice(1))
      live.push(
        step(compiled, live[live.length - 1].snapshot, { type: e.type, data: e.data, actor: e.actor }, new Date(e.at)),
      );

    const replayed = replay(compile(expenseSpec, standardRegistry), history);
    expect(replayed).toHaveLength(4);
    expect(replayed).toEqual(live);
    expect(JSON.stringify(replayed.map((r) => r.snapshot))).toBe(JSON.stringify(live.map((r) => r.snapshot)));
    expect(replayed.map((r) => r.state)).toEqual(['draft', 'leaderReview', 'leaderReview', 'approved']);
  });

  it('refuses a history whose first entry is not @start', () => {
    expect(() => replay(compile(expenseSpec, standardRegistry), history.slice(1))).toThrow(
      'History entry 1 must be @start, found SUBMIT',
    );
  });
});
