import type { JsonObject } from '../../definition/definition.types';
import type { EvaluationArgs } from '../registry.types';
import { standardRegistry } from '../standard-registry';
import { validateData } from '../../schema/validate-data';

const args: EvaluationArgs = {
  context: { amount: 12000, limit: 10000, region: 'east', tags: ['a'], empty: '', nothing: null, zero: 0, text: '5' },
  event: { type: 'APPROVE', data: { amount: 12000, level: 'high' }, actor: 'leader', at: '2026-01-01T00:00:00.000Z' },
};
const f = (field: string, rest: JsonObject = {}) => ({ field: `context.${field}`, ...rest });

describe('standard guards', () => {
  it.each<[string, JsonObject, boolean]>([
    ['eq', f('region', { value: 'east' }), true],
    ['eq', f('tags', { value: ['a'] }), true],
    ['eq', f('amount', { valueField: 'event.data.amount' }), true],
    ['eq', f('region', { value: 'west' }), false],
    ['neq', f('region', { value: 'west' }), true],
    ['neq', f('region', { value: 'east' }), false],
    ['gt', f('amount', { valueField: 'context.limit' }), true],
    ['gt', f('limit', { value: 10000 }), false],
    ['gte', f('limit', { value: 10000 }), true],
    ['gte', f('text', { value: 5 }), false],
    ['lt', f('zero', { value: 1 }), true],
    ['lt', f('missing', { value: 1 }), false],
    ['lte', f('limit', { value: 10000 }), true],
    ['lte', f('amount', { value: 10000 }), false],
    ['in', f('region', { values: ['east', 'north'] }), true],
    ['in', f('region', { values: ['west'] }), false],
    ['exists', f('region'), true],
    ['exists', f('zero'), true],
    ['exists', f('empty'), false],
    ['exists', f('nothing'), false],
    ['exists', f('missing'), false],
    ['exists', { field: 'event.actor' }, true],
    [
      'and',
      {
        guards: [
          { type: 'exists', params: f('region') },
          { type: 'gt', params: f('amount', { value: 1 }) },
        ],
      },
      true,
    ],
    [
      'and',
      {
        guards: [
          { type: 'exists', params: f('region') },
          { type: 'gt', params: f('amount', { value: 1e9 }) },
        ],
      },
      false,
    ],
    [
      'or',
      {
        guards: [
          { type: 'exists', params: f('missing') },
          { type: 'eq', params: { field: 'event.data.level', value: 'high' } },
        ],
      },
      true,
    ],
    [
      'or',
      {
        guards: [
          { type: 'exists', params: f('missing') },
          { type: 'exists', params: f('empty') },
        ],
      },
      false,
    ],
    ['not', { guard: { type: 'exists', params: f('missing') } }, true],
    ['not', { guard: { type: 'not', params: { guard: { type: 'exists', params: f('missing') } } } }, false],
  ])('%s %j -> %p', (name, params, expected) => {
    const entry = standardRegistry.guards[name];
    expect(validateData(entry.params, params)).toEqual([]);
    expect(entry.evaluate(args, params, standardRegistry)).toBe(expected);
  });

  it.each<[string, JsonObject]>([
    ['eq', { field: 'context.a' }],
    ['eq', { field: 'amount', value: 1 }],
    ['in', { field: 'context.a', values: 'x' }],
    ['and', { guards: [] }],
    ['not', {}],
  ])('%s rejects params %j', (name, params) => {
    expect(validateData(standardRegistry.guards[name].params, params).length).toBeGreaterThan(0);
  });

  it('every guard has a bilingual title and a params schema', () => {
    for (const [name, entry] of Object.entries(standardRegistry.guards)) {
      expect([name, entry.name, typeof entry.title.zh, typeof entry.title.en, entry.params.type]).toEqual([
        name,
        name,
        'string',
        'string',
        'object',
      ]);
    }
    expect(Object.keys(standardRegistry.guards).sort()).toEqual([
      'and',
      'eq',
      'exists',
      'gt',
      'gte',
      'in',
      'lt',
      'lte',
      'neq',
      'not',
      'or',
    ]);
  });
});
