import type { JsonObject } from '@liucheng/engine';
import { businessFeeAction, computeBusinessFee } from './business-fee.action';

const params = {
  caseField: 'context.feeCase',
  amountField: 'context.contractAmount',
  shareField: 'context.winningShareAmount',
  to: 'businessFee',
};

const run = (context: JsonObject, overrides: JsonObject = {}): JsonObject =>
  businessFeeAction.assign({ context, event: { type: 'SUBMIT' } }, { ...params, ...overrides });

describe('domain: businessFee', () => {
  it.each([
    ['outsideStaff: 1% of the contract amount', 'outsideStaff', 1_000_000, 500_000, 10_000],
    ['newAreaConstruction: 2% of the contract amount', 'newAreaConstruction', 1_000_000, 500_000, 20_000],
    ['operatorOutsideStaff: 2% of the contract amount', 'operatorOutsideStaff', 1_000_000, 500_000, 20_000],
    ['newOperatorMarket: 2% of the winning share', 'newOperatorMarket', 1_000_000, 500_000, 10_000],
    ['a case without a rate earns nothing', 'caseByCase', 1_000_000, 500_000, 0],
    ['fen are exact (1% of 12345.67 = 123.46)', 'outsideStaff', 12_345.67, 0, 123.46],
    ['half a fen rounds up (2% of 0.25 = 0.005 -> 0.01)', 'newAreaConstruction', 0.25, 0, 0.01],
    ['0.1 + 0.2 style amounts stay exact (2% of 0.3 = 0.006 -> 0.01)', 'newAreaConstruction', 0.3, 0, 0.01],
  ])('%s', (_name, feeCase, contractAmount, winningShareAmount, expected) => {
    const next = run({ feeCase, contractAmount, winningShareAmount, keep: 'me' });
    expect(next).toEqual({ feeCase, contractAmount, winningShareAmount, keep: 'me', businessFee: expected });
  });

  it('reads the percentages from params, so a process owner can change them', () => {
    const rates = { outsideStaff: { percent: 1.5, base: 'amount' }, special: { percent: 3, base: 'share' } };
    expect(run({ feeCase: 'outsideStaff', contractAmount: 200_000 }, { rates }).businessFee).toBe(3_000);
    expect(run({ feeCase: 'special', contractAmount: 1, winningShareAmount: 100_000 }, { rates }).businessFee).toBe(
      3_000,
    );
    expect(run({ feeCase: 'newAreaConstruction', contractAmount: 100_000 }, { rates }).businessFee).toBe(0);
  });

  it('writes into a nested target without mutating the context', () => {
    const context = { feeCase: 'outsideStaff', contractAmount: 50_000, fees: { other: 1 } };
    const snapshot = JSON.stringify(context);
    const next = run(context, { to: 'fees.business' });
    expect(next.fees).toEqual({ other: 1, business: 500 });
    expect(JSON.stringify(context)).toBe(snapshot);
  });

  it('reads event data fields as well as context fields', () => {
    const next = businessFeeAction.assign(
      { context: {}, event: { type: 'APPROVE', data: { c: 'newAreaConstruction', a: 10_000 } } },
      { caseField: 'event.data.c', amountField: 'event.data.a', to: 'fee' },
    );
    expect(next).toEqual({ fee: 200 });
  });

  it.each([
    ['missing amount', { feeCase: 'outsideStaff' }],
    ['non-numeric amount', { feeCase: 'outsideStaff', contractAmount: '100' }],
    ['negative amount', { feeCase: 'outsideStaff', contractAmount: -100 }],
    ['share case without a share', { feeCase: 'newOperatorMarket', contractAmount: 100 }],
    ['missing case', { contractAmount: 100 }],
  ])('gives 0 for %s', (_name, context) => {
    expect(run(context as JsonObject).businessFee).toBe(0);
  });

  it("computeBusinessFee defaults to the regulation's rates", () => {
    expect(computeBusinessFee('newOperatorMarket', { amount: 9, share: 250_000 })).toBe(5_000);
  });

  it('describes itself bilingually with a params schema naming the required fields', () => {
    expect(businessFeeAction.title).toEqual({ zh: '核定业务费', en: 'Business fee' });
    expect(businessFeeAction.params.required).toEqual(['caseField', 'amountField', 'to']);
  });
});
