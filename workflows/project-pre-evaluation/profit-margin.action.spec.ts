import type { JsonObject } from '@liucheng/engine';
import { computeProfitMargin, profitMarginAction } from './profit-margin.action';

const params = { contractField: 'context.contractAmount', costField: 'context.expectedCost', to: 'profitMargin' };

const margin = (contractAmount: unknown, expectedCost: unknown): unknown =>
  profitMarginAction.assign({ context: { contractAmount, expectedCost }, event: { type: 'X' } }, params).profitMargin;

describe('domain: profitMargin', () => {
  it.each([
    ['exactly 5%', 1_000_000, 950_000, 0.05],
    ['4.99%', 1_000_000, 950_100, 0.0499],
    ['5.01%', 1_000_000, 949_900, 0.0501],
    ['4.999% rounds down, never up to 5%', 1_000_000, 950_010, 0.0499],
    ['5% with fen that float arithmetic gets wrong', 1_234.6, 1_172.87, 0.05],
    ['5% of a small contract', 0.2, 0.19, 0.05],
    ['zero cost', 500, 0, 1],
    ['a loss is negative and rounds down', 1_000, 1_000.01, -0.0001],
  ])('%s', (_name, contract, cost, expected) => {
    expect(margin(contract, cost)).toBe(expected);
  });

  it.each([
    [0.0499, false],
    [0.05, true],
    [0.0501, true],
  ])('margin %p compares with the literal 0.05 the way a gte guard does: %p', (value, passes) => {
    expect((margin(1_000_000, 1_000_000 * (1 - value)) as number) >= 0.05).toBe(passes);
  });

  it.each([
    ['missing contract', undefined, 10],
    ['zero contract', 0, 10],
    ['negative contract', -5, 10],
    ['missing cost', 100, undefined],
    ['non-numeric cost', 100, '10'],
  ])('writes null for %s', (_name, contract, cost) => {
    expect(margin(contract, cost)).toBeNull();
  });

  it('keeps the rest of the context and does not mutate it', () => {
    const context: JsonObject = { contractAmount: 200, expectedCost: 150, other: [1] };
    const next = profitMarginAction.assign({ context, event: { type: 'X' } }, { ...params, to: 'eval.margin' });
    expect(next).toEqual({ contractAmount: 200, expectedCost: 150, other: [1], eval: { margin: 0.25 } });
    expect(context).toEqual({ contractAmount: 200, expectedCost: 150, other: [1] });
  });

  it('computeProfitMargin works on plain numbers', () => {
    expect(computeProfitMargin(3, 2)).toBe(0.3333);
  });
});
