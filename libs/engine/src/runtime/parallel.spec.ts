import { makeSpec, task } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { acceptedEvents } from './accepted-events';
import { start } from './start';
import { step } from './step';

const now = new Date('2026-05-04T00:00:00.000Z');
const region = (event: string) => ({
  initial: 'pending',
  states: { pending: { meta: task([event]), on: { [event]: 'done' } }, done: { type: 'final' as const } },
});
const spec = makeSpec({
  review: {
    type: 'parallel',
    states: { legal: region('LEGAL_OK'), finance: region('FINANCE_OK') },
    onDone: 'signed',
    on: { WITHDRAW: 'withdrawn' },
  },
  signed: { type: 'final' },
  withdrawn: { type: 'final' },
});
const compiled = compile(spec, standardRegistry);

describe('parallel states', () => {
  const first = start(compiled, {}, now, 'sales');

  it('opens one task per region and accepts the events of every region and the parent', () => {
    expect(first.state).toEqual({ review: { legal: 'pending', finance: 'pending' } });
    expect(first.effects.map((e) => e.kind === 'openTask' && e.statePath)).toEqual([
      'review.legal.pending',
      'review.finance.pending',
    ]);
    expect(first.acceptedEvents).toEqual(['FINANCE_OK', 'LEGAL_OK', 'WITHDRAW']);
    expect(acceptedEvents(compiled, first.snapshot)).toEqual(first.acceptedEvents);
  });

  it('finishing one region closes only its task; finishing both takes onDone', () => {
    const half = step(compiled, first.snapshot, { type: 'LEGAL_OK' }, now);
    expect(half.state).toEqual({ review: { legal: 'done', finance: 'pending' } });
    expect(half.effects).toEqual([{ kind: 'closeTask', statePath: 'review.legal.pending' }]);
    expect(half.acceptedEvents).toEqual(['FINANCE_OK', 'WITHDRAW']);
    const done = step(compiled, half.snapshot, { type: 'FINANCE_OK' }, now);
    expect(done.state).toBe('signed');
    expect(done.status).toBe('done');
    expect(done.effects).toEqual([{ kind: 'closeTask', statePath: 'review.finance.pending' }]);
  });

  it('a parent transition leaves every region and closes every open task', () => {
    const out = step(compiled, first.snapshot, { type: 'WITHDRAW' }, now);
    expect(out.state).toBe('withdrawn');
    expect(out.effects.map((e) => e.kind === 'closeTask' && e.statePath).sort()).toEqual([
      'review.finance.pending',
      'review.legal.pending',
    ]);
  });
});
