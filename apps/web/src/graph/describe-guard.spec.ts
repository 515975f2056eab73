import { describeRegistry, type GuardRef } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { describeGuard } from './describe-guard';

const guards = describeRegistry(workflowRegistry).guards;
const amount = (path: string, lang: string) => (path === 'context.amount' ? (lang === 'en' ? 'amount' : '金额') : path);

describe('describeGuard', () => {
  it.each<[GuardRef, string, string]>([
    [{ type: 'gte', params: { field: 'context.amount', value: 5000 } }, '金额 ≥ 5000', 'amount ≥ 5000'],
    [
      { type: 'lt', params: { field: 'context.amount', valueField: 'context.amount' } },
      '金额 < 金额',
      'amount < amount',
    ],
    [
      { type: 'eq', params: { field: 'context.alcohol', value: true } },
      'context.alcohol = 是',
      'context.alcohol = yes',
    ],
    [
      { type: 'in', params: { field: 'context.region', values: ['city', 'county'] } },
      'context.region ∈ {"city", "county"}',
      'context.region ∈ {"city", "county"}',
    ],
    [{ type: 'exists', params: { field: 'context.amount' } }, '金额 已填写', 'amount is set'],
    [
      {
        type: 'and',
        params: {
          guards: [
            { type: 'gt', params: { field: 'context.amount', value: 1 } },
            {
              type: 'or',
              params: {
                guards: [
                  { type: 'exists', params: { field: 'context.amount' } },
                  { type: 'neq', params: { field: 'context.amount', value: 2 } },
                ],
              },
            },
          ],
        },
      },
      '金额 > 1 且 (金额 已填写 或 金额 ≠ 2)',
      'amount > 1 and (amount is set or amount ≠ 2)',
    ],
    [
      { type: 'not', params: { guard: { type: 'exists', params: { field: 'context.amount' } } } },
      '非 (金额 已填写)',
      'not (amount is set)',
    ],
    ['unknownGuard', 'unknownGuard', 'unknownGuard'],
  ])('%j reads "%s" / "%s"', (ref, zh, en) => {
    expect(describeGuard(ref, guards, 'zh-CN', amount)).toBe(zh);
    expect(describeGuard(ref, guards, 'en', amount)).toBe(en);
  });
});
