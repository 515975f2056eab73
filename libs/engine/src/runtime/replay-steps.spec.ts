import { expenseSpec } from '../__fixtures__/expense.fixture';
import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { replay, replaySteps } from './replay';
import type { RecordedEvent } from './runtime.types';

const history: RecordedEvent[] = [
  { type: '@start', data: { window: 'PT2H' }, actor: 'staff', at: '2026-01-05T01:00:00.000Z' },
  { type: 'SUBMIT', data: { amount: 300 }, actor: 'staff', at: '2026-01-05T02:00:00.000Z' },
  { type: 'xstate.after.P1D.expense.leaderReview', data: {}, actor: 'system', at: '2026-01-06T02:00:00.000Z' },
  { type: 'APPROVE', data: { comment: 'fine' }, actor: 'leader', at: '2026-01-06T05:30:00.000Z' },
];
const compiled = compile(expenseSpec, standardRegistry);

describe('replaySteps', () => {
  const steps = replaySteps(compiled, history);

  it('gives one step per entry whose state and context equal what replay computes', () => {
    const replayed = replay(compiled, history);
    expect(steps.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
    expect(steps.map((s) => s.state)).toEqual(replayed.map((r) => r.state));
    expect(steps.map((s) => s.context)).toEqual(replayed.map((r) => r.context));
    expect(steps.map((s) => s.status)).toEqual(['running', 'running', 'running', 'done']);
    expect(steps[3]).toMatchObject({ type: 'APPROVE', actor: 'leader', data: { comment: 'fine' } });
  });

  it('lists the path so far: a state passed through at once is not a stop, a re-entered state adds no move', () => {
    expect(steps[0].transitions).toEqual([{ seq: 1, event: '@start', from: [], to: ['draft'] }]);
    expect(steps[1].transitions.at(-1)).toEqual({ seq: 2, event: 'SUBMIT', from: ['draft'], to: ['leaderReview'] });
    expect(steps[2].transitions).toHaveLength(2);
    expect(steps[3].transitions.map((t) => t.to)).toEqual([['draft'], ['leaderReview'], ['approved']]);
  });

  it('marks what changed in the context since the entry before', () => {
    expect(steps[0].changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['added amount', 'added log', 'added window']);
    const submitted = steps[1].changes;
    expect(submitted[0]).toEqual({ path: 'amount', kind: 'changed', before: 0, after: 300 });
    expect(submitted[1]).toMatchObject({ path: 'log.0', kind: 'added', after: { step: 'submitted' } });
    expect(steps[2].changes).toEqual([]);
  });

  it('pages by from and limit without changing what a step says', () => {
    const page = replaySteps(compiled, history, { from: 2, limit: 2 });
    expect(page.map((s) => s.seq)).toEqual([2, 3]);
    expect(page).toEqual(steps.slice(1, 3));
    expect(replaySteps(compiled, history, { from: 5 })).toEqual([]);
    expect(replaySteps(compiled, history, { from: 4, limit: 10 }).map((s) => s.seq)).toEqual([4]);
  });

  it('gives every active region of a parallel state, ancestors included', () => {
    const region = (event: string) => ({
      initial: 'pending',
      states: { pending: { meta: task([event]), on: { [event]: 'done' } }, done: { type: 'final' as const } },
    });
    const parallel = compile(
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
    const at = '2026-01-05T01:00:00.000Z';
    const [first, second] = replaySteps(parallel, [
      { type: '@start', data: {}, actor: 'sales', at },
      { type: 'LEGAL_OK', data: {}, actor: 'legal', at },
    ]);
    expect(first.activeStates).toEqual([
      'review',
      'review.legal',
      'review.legal.pending',
      'review.finance',
      'review.finance.pending',
    ]);
    expect(second.transitions.at(-1)).toEqual({
      seq: 2,
      event: 'LEGAL_OK',
      from: ['review.legal.pending'],
      to: ['review.legal.done'],
    });
  });

  it('throws what replay throws for a history that does not fit', () => {
    expect(() => replaySteps(compiled, history.slice(1))).toThrow('History entry 1 must be @start');
  });
});
