import { describeRegistry, type GuardRef, type WorkflowSpec } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import { describeGuard } from './describe-guard';
import { specFieldLabeler } from './field-labels';

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

describe('describeGuard with a spec’s labels', () => {
  const spec = {
    id: 'x',
    initial: 'a',
    states: { a: {} },
    meta: {
      input: {
        properties: {
          region: {
            type: 'string',
            title: '区域 / Region',
            oneOf: [
              { const: 'city', title: { zh: '市区', en: 'City' } },
              { const: 'county', title: { zh: '县区', en: 'County' } },
            ],
          },
        },
      },
    },
  } as unknown as WorkflowSpec;

  it('names enum values by their oneOf titles, and leaves other values as they are', () => {
    const labels = specFieldLabeler(spec);
    const eq = { type: 'eq', params: { field: 'context.region', value: 'county' } };
    expect(describeGuard(eq, guards, 'zh-CN', labels)).toBe('区域 = 县区');
    expect(describeGuard(eq, guards, 'en', labels)).toBe('Region = County');
    const among = { type: 'in', params: { field: 'context.region', values: ['city', 'other'] } };
    expect(describeGuard(among, guards, 'zh-CN', labels)).toBe('区域 ∈ {市区, "other"}');
  });
});
