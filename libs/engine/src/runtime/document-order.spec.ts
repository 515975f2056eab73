import { createActor, transition } from 'xstate';
import { jsonbOrdered, orderScenarios } from '../__fixtures__/document-order.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { inDocumentOrder } from './document-order';
import { toMachineEvent } from './engine-event';
import { replay } from './replay';
import type { RecordedEvent, StepResult } from './runtime.types';
import { start, START_EVENT } from './start';
import { step } from './step';

const at = (i: number) => new Date(Date.UTC(2026, 0, 5, 1, i));

describe.each(orderScenarios)('document order: $name', ({ spec, events, afterFirst }) => {
  const compiled = compile(spec, standardRegistry);
  const history: RecordedEvent[] = [
    { type: START_EVENT, data: {}, actor: 'staff', at: at(0).toISOString() },
    ...events.map((type, i) => ({ type, data: {}, actor: 'staff', at: at(i + 1).toISOString() })),
  ];

  it('step on jsonb-sorted snapshots, replay and an in-memory actor agree after every event', () => {
    const actor = createActor(compiled.machine, { input: { data: {}, actor: 'staff', at: at(0).toISOString() } });
    actor.start();
    const replayed = replay(compiled, history);
    let stored: StepResult = start(compiled, {}, at(0), 'staff');
    const seen: unknown[] = [];
    events.forEach((type, i) => {
      stored = step(compiled, jsonbOrdered(stored.snapshot), { type, actor: 'staff' }, at(i + 1));
      actor.send(toMachineEvent({ type, actor: 'staff' }, at(i + 1)));
      const live = actor.getSnapshot();
      expect(stored.state).toEqual(live.value);
      expect(stored.context).toEqual(live.context);
      expect(stored.status === 'done').toBe(live.status === 'done');
      expect(replayed[i + 1].snapshot).toEqual(stored.snapshot);
      seen.push(stored.state);
    });
    actor.stop();
    expect(seen[0]).toEqual(afterFirst);
  });

  it('the jsonb order really differs from the written order (the scenario tests something)', () => {
    const first = step(compiled, start(compiled, {}, at(0), 'staff').snapshot, { type: events[0] }, at(1));
    const states = replay(compiled, history).map((r) => JSON.stringify(r.state));
    const sorted = states.map((s) => JSON.stringify(jsonbOrdered(JSON.parse(s))));
    expect(states.some((s, i) => s !== sorted[i])).toBe(true);
    expect(first.state).toEqual(afterFirst);
  });
});

describe('inDocumentOrder', () => {
  const compiled = compile(orderScenarios[0].spec, standardRegistry);

  it('puts region keys back in the order of `states` and keeps an ordered value as it is', () => {
    const ordered = { p: { d: 'd1', c: 'c1' } };
    expect(JSON.stringify(inDocumentOrder(compiled.machine, { p: { c: 'c1', d: 'd1' } }))).toBe(
      JSON.stringify(ordered),
    );
    expect(inDocumentOrder(compiled.machine, ordered)).toBe(ordered);
    expect(inDocumentOrder(compiled.machine, 'out')).toBe('out');
  });

  it('keeps keys the definition does not know after the known ones', () => {
    expect(Object.keys(inDocumentOrder(compiled.machine, { zz: 'x', p: { c: 'c1', d: 'd1' } }) as object)).toEqual([
      'p',
      'zz',
    ]);
  });

  it('without it, a jsonb round trip would let region c win (the bug it fixes)', () => {
    const first = start(compiled, {}, at(0), 'staff');
    expect(step(compiled, jsonbOrdered(first.snapshot), { type: 'T' }, at(1)).state).toEqual({
      p: { d: 'd2', c: 'c1' },
    });
    const raw = compiled.machine.resolveState({ ...jsonbOrdered(first.snapshot), historyValue: {} } as never);
    const [naive] = transition(compiled.machine, raw, toMachineEvent({ type: 'T' }, at(1)));
    expect(naive.value).toBe('out');
  });
});
