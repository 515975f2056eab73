import type { JsonObject } from '../../definition/definition.types';
import { validateData } from '../../schema/validate-data';
import type { AssignActionEntry, EffectActionEntry, EvaluationArgs } from '../registry.types';
import { standardRegistry } from '../standard-registry';

const context = { amount: 10, approval: { by: 'x' }, fines: [1], count: 2 };
const args: EvaluationArgs = {
  context,
  event: {
    type: 'APPROVE',
    data: { comment: 'ok', amount: 5, note: { a: 1 } },
    actor: 'leader',
    at: '2026-01-01T08:00:00.000Z',
  },
};

describe('standard assign actions', () => {
  it.each<[string, JsonObject, JsonObject]>([
    ['set', { to: 'status', value: 'open' }, { ...context, status: 'open' }],
    ['set', { to: 'approval.level', value: 2 }, { ...context, approval: { by: 'x', level: 2 } }],
    [
      'assign',
      { to: 'approval.comment', from: 'event.data.comment' },
      { ...context, approval: { by: 'x', comment: 'ok' } },
    ],
    ['assign', { to: 'who', from: 'event.actor' }, { ...context, who: 'leader' }],
    ['assign', { to: 'x', from: 'event.data.missing' }, context],
    ['merge', {}, { ...context, comment: 'ok', amount: 5, note: { a: 1 } }],
    ['merge', { to: 'approval' }, { ...context, approval: { by: 'x', comment: 'ok', amount: 5, note: { a: 1 } } }],
    ['merge', { from: 'event.data.note', to: 'fresh' }, { ...context, fresh: { a: 1 } }],
    ['merge', { from: 'event.data.comment' }, context],
    ['append', { to: 'fines', value: 2 }, { ...context, fines: [1, 2] }],
    [
      'append',
      { to: 'log', from: 'event.data.note', stamp: true },
      { ...context, log: [{ a: 1, at: '2026-01-01T08:00:00.000Z', by: 'leader' }] },
    ],
    ['append', { to: 'log', from: 'event.data.missing' }, context],
    ['increment', { to: 'count' }, { ...context, count: 3 }],
    ['increment', { to: 'count', by: -2.5 }, { ...context, count: -0.5 }],
    ['increment', { to: 'total', from: 'event.data.amount' }, { ...context, total: 5 }],
    ['increment', { to: 'count', from: 'event.data.comment' }, context],
  ])('%s %j', (name, params, expected) => {
    const entry = standardRegistry.actions[name] as AssignActionEntry;
    expect(validateData(entry.params, params)).toEqual([]);
    expect(entry.assign(args, params)).toEqual(expected);
    expect(args.context).toEqual({ amount: 10, approval: { by: 'x' }, fines: [1], count: 2 });
  });

  it.each<[string, JsonObject]>([
    ['set', { to: 'a' }],
    ['assign', { to: 'a', from: 'data.x' }],
    ['append', { to: 'a' }],
    ['increment', { to: 'a', by: 1, from: 'event.data.x' }],
    ['notify', { to: 'everyone', message: { zh: '好', en: 'ok' } }],
    ['notify', { to: 'starter', message: { en: 'ok' } }],
  ])('%s rejects params %j', (name, params) => {
    expect(validateData(standardRegistry.actions[name].params, params).length).toBeGreaterThan(0);
  });
});

describe('notify', () => {
  it.each(['role:finance', 'user:zhang', 'starter', 'starter.manager'])('emits a notification to %s', (to) => {
    const entry = standardRegistry.actions.notify as EffectActionEntry;
    const params = { to, message: { zh: '已批准', en: 'Approved' } };
    expect(validateData(entry.params, params)).toEqual([]);
    expect(entry.effect(args, params)).toEqual(params);
  });
});

it('the standard actions are exactly the documented ones, each titled in zh and en', () => {
  expect(Object.keys(standardRegistry.actions).sort()).toEqual([
    'append',
    'assign',
    'increment',
    'merge',
    'notify',
    'set',
  ]);
  for (const entry of Object.values(standardRegistry.actions))
    expect(entry.title.zh && entry.title.en && entry.params.type).toBeTruthy();
});
