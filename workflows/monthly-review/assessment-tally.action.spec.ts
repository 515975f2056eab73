import type { JsonObject } from '@liucheng/engine';
import { assessmentTallyAction, tallyScores } from './assessment-tally.action';

const run = (context: JsonObject, params: JsonObject): JsonObject =>
  assessmentTallyAction.assign(
    { context, event: { type: 'TALLY' } },
    { from: 'context.items', to: 'total', ...params },
  );

describe('domain: assessmentTally', () => {
  it.each([
    ['sums object scores', [{ score: 10 }, { score: 25 }], 35],
    ['caps at 100', [{ score: 60 }, { score: 50 }], 100],
    ['exactly 100 stays 100', [{ score: 60 }, { score: 40 }], 100],
    ['floors at 0 after deductions', [{ score: 5 }, { score: -20 }], 0],
    ['adds decimals exactly', [{ score: 0.1 }, { score: 0.2 }], 0.3],
    ['plain numbers are their own score', [3, 4.5], 7.5],
    ['non-numeric scores count as 0', [{ score: '9' }, { other: 1 }, null, { score: 2 }], 2],
    ['an empty list tallies 0', [], 0],
  ])('%s', (_name, items, expected) => {
    expect(run({ items }, {}).total).toBe(expected);
  });

  it('tallies 0 when the list is missing', () => {
    expect(run({}, {}).total).toBe(0);
  });

  it('reads a custom score property and filters items by their properties', () => {
    const items = [
      { unit: 'A', points: 2 },
      { unit: 'B', points: 5 },
      { unit: 'A', points: 3 },
    ];
    expect(run({ items }, { itemField: 'points', where: { unit: 'A' }, to: 'units.A' })).toEqual({
      items,
      units: { A: 5 },
    });
  });

  it('honours a different scale', () => {
    expect(tallyScores([40, 30], { max: 50 })).toBe(50);
    expect(tallyScores([-40], { min: -10 })).toBe(-10);
  });

  it('sums the values of an object, one score per assessment item', () => {
    expect(run({ items: { results: 45, efficiency: 20.5, ability: 22 } }, {}).total).toBe(87.5);
  });

  it('with clamp false gives the plain sum, never a hidden cap', () => {
    expect(tallyScores({ results: 40, efficiency: 70 }, { clamp: false })).toBe(110);
    expect(tallyScores([5, -20], { clamp: false })).toBe(-15);
    expect(tallyScores({ results: 40, efficiency: 70 }, {})).toBe(100);
  });

  it('does not mutate the context', () => {
    const context = { items: [{ score: 1 }] };
    run(context, {});
    expect(context).toEqual({ items: [{ score: 1 }] });
  });
});
