import { expenseSpec } from '../__fixtures__/expense.fixture';
import { compile } from '../compile/compile';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from './engine.errors';
import type { EngineEvent, PersistedSnapshot } from './runtime.types';
import { start } from './start';
import { step } from './step';

const now = new Date('2026-01-31T09:00:00.000Z');
const compiled = compile(expenseSpec, standardRegistry);
const draft = start(compiled, {}, now, 'staff').snapshot;
const leader = step(compiled, draft, { type: 'SUBMIT', data: { amount: 5 } }, now).snapshot;
const finance = step(compiled, draft, { type: 'SUBMIT', data: { amount: 50_000 } }, now).snapshot;

function rejection(snapshot: PersistedSnapshot, event: EngineEvent): EventRejectedError {
  try {
    step(compiled, snapshot, event, now);
  } catch (e) {
    if (e instanceof EventRejectedError) return e;
    throw e;
  }
  throw new Error('step was not rejected');
}

describe('step rejections', () => {
  it.each<
    [string, PersistedSnapshot, EngineEvent, string, string[], Array<{ path: string; code: string; message: string }>]
  >([
    ['an event the state does not handle', draft, { type: 'APPROVE' }, 'not-accepted', ['SUBMIT'], []],
    [
      'a timer of a state that is no longer active',
      leader,
      { type: 'xstate.after.context.window.expense.financeReview' },
      'not-accepted',
      ['APPROVE', 'REJECT'],
      [],
    ],
    [
      'an approval without the comment its guard needs',
      finance,
      { type: 'APPROVE', data: {} },
      'guard',
      ['APPROVE', 'REJECT'],
      [],
    ],
    [
      'data missing a required field',
      leader,
      { type: 'REJECT' },
      'invalid-data',
      ['APPROVE', 'REJECT'],
      [{ path: '/reason', code: 'required', message: 'is required' }],
    ],
    [
      'data of the wrong type',
      draft,
      { type: 'SUBMIT', data: { amount: 'many' } },
      'invalid-data',
      ['SUBMIT'],
      [{ path: '/amount', code: 'type', message: 'must be number' }],
    ],
    [
      'data on an event that has no schema',
      leader,
      { type: 'xstate.after.P1D.expense.leaderReview', data: { x: 1 } },
      'invalid-data',
      ['APPROVE', 'REJECT'],
      [{ path: '/x', code: 'no-data-allowed', message: 'is not allowed: this event takes no data' }],
    ],
  ])('%s', (_name, snapshot, event, reason, accepted, errors) => {
    const error = rejection(snapshot, event);
    expect(error.reason).toBe(reason);
    expect(error.eventType).toBe(event.type);
    expect(error.acceptedEvents).toEqual(accepted);
    expect(error.errors).toMatchObject(errors);
    expect(error.errors.every((e) => e.severity === 'error')).toBe(true);
  });

  it('a context duration that is not one rejects the entering event, naming the context path', () => {
    const bad = start(compiled, { window: 'soon' }, now, 'staff').snapshot;
    const error = rejection(bad, { type: 'SUBMIT', data: { amount: 50_000 } });
    expect(error.reason).toBe('invalid-data');
    expect(error.errors).toEqual([
      {
        path: '/window',
        code: 'invalid-duration',
        params: { field: 'window' },
        severity: 'error',
        message: 'context.window must hold an ISO-8601 duration or milliseconds',
      },
    ]);
  });

  it('start rejects input that fails meta.input', () => {
    expect(() => start(compiled, { window: 7 }, now, 'staff')).toThrow(
      expect.objectContaining({
        reason: 'invalid-data',
        errors: [expect.objectContaining({ path: '/window', code: 'type', message: 'must be string' })],
      }),
    );
  });
});
