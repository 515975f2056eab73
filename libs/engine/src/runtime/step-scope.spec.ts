import { makeSpec } from '../__fixtures__/spec-builder.fixture';
import { compile } from '../compile/compile';
import { createRegistry } from '../registry/create-registry';
import { standardRegistry } from '../registry/standard-registry';
import { start } from './start';
import { step } from './step';
import { StepLimitError } from './step-scope';

const now = new Date('2026-02-01T00:00:00.000Z');
const spin = {
  always: {
    guard: { type: 'exists', params: { field: 'context.go' } },
    actions: [{ type: 'increment', params: { to: 'n' } }],
  },
  on: { STOP: 'b' },
};

describe('a guarded always loop that never ends', () => {
  it('stops the step with StepLimitError instead of hanging', () => {
    const compiled = compile(
      makeSpec({ a: { on: { GO: 'spin' } }, spin, b: { type: 'final' } }, { context: { go: true } }),
      standardRegistry,
    );
    const first = start(compiled, {}, now, 'staff');
    expect(() => step(compiled, first.snapshot, { type: 'GO' }, now)).toThrow(StepLimitError);
    expect(() => step(compiled, first.snapshot, { type: 'GO' }, now)).toThrow(
      'Event GO ran more than 1000 guard/action evaluations',
    );
  });

  it('also on start, and a fresh step has a fresh budget', () => {
    const compiled = compile(makeSpec({ spin, b: { type: 'final' } }, { context: { go: true } }), standardRegistry);
    expect(() => start(compiled, {}, now, 'staff')).toThrow('Event @start ran more than 1000');
    expect(start(compiled, { go: null }, now, 'staff').state).toBe('spin');
  });
});

describe("XState's throwaway initial snapshot (computed without input inside transition())", () => {
  it('neither loops nor throws, even when the spec context alone would loop or lack a duration', () => {
    const spec = makeSpec(
      {
        route: { always: [{ target: 'spin', guard: { type: 'exists', params: { field: 'context.go' } } }, 'wait'] },
        spin,
        wait: { after: { 'context.window': 'b' }, on: { STOP: 'b' } },
        b: { type: 'final' },
      },
      { context: { go: true } },
    );
    const compiled = compile(spec, standardRegistry);
    const first = start(compiled, { go: null, window: 'PT1H' }, now, 'staff');
    expect(first.state).toBe('wait');
    expect(first.effects).toMatchObject([{ kind: 'scheduleTimer', delayMs: 3_600_000 }]);
    expect(step(compiled, first.snapshot, { type: 'STOP' }, now).state).toBe('b');
  });
});

describe('failures inside a step', () => {
  const boom = (): never => {
    throw new Error('amount is not a number');
  };
  const registry = createRegistry(standardRegistry, {
    guards: { boom: { name: 'boom', title: { zh: '出错', en: 'Boom' }, params: { type: 'object' }, evaluate: boom } },
    actions: {
      boom: {
        name: 'boom',
        kind: 'assign',
        title: { zh: '出错', en: 'Boom' },
        params: { type: 'object' },
        assign: boom,
      },
    },
  });

  it.each([
    ['guard', { on: { GO: { target: 'b', guard: 'boom' } } }, 'guard boom failed: amount is not a number'],
    ['action', { on: { GO: { target: 'b', actions: ['boom'] } } }, 'action boom failed: amount is not a number'],
  ])('a throwing registry %s rejects the event as invalid-data', (kind, a, message) => {
    const compiled = compile(makeSpec({ a, b: { type: 'final' } }), registry);
    const first = start(compiled, {}, now, 'staff');
    expect(() => step(compiled, first.snapshot, { type: 'GO' }, now)).toThrow(
      expect.objectContaining({
        name: 'EventRejectedError',
        reason: 'invalid-data',
        errors: [{ path: '', code: 'registry-failed', params: { kind, name: 'boom' }, severity: 'error', message }],
      }),
    );
  });

  it('a loop made of guards alone still ends in StepLimitError', () => {
    const yes = { type: 'exists', params: { field: 'event.type' } };
    const spec = makeSpec({
      a: { on: { GO: 'x' } },
      x: { always: { target: 'y', guard: yes } },
      y: { always: { target: 'x', guard: yes } },
    });
    const compiled = compile(spec, standardRegistry);
    const first = start(compiled, {}, now, 'staff');
    expect(() => step(compiled, first.snapshot, { type: 'GO' }, now)).toThrow(StepLimitError);
  });
});
