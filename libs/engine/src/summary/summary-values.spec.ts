import { makeSpec } from '../__fixtures__/spec-builder.fixture';
import { validateDefinition } from '../definition/validate-definition';
import { standardRegistry } from '../registry/standard-registry';
import { businessKeyTemplateError, formatBusinessKey, shanghaiDay } from './business-key';
import { summaryValues } from './summary-values';

const amount = { path: 'amount', label: { zh: '金额', en: 'Amount' }, format: 'money' as const };
const subject = { path: 'request.subject', label: { zh: '事由', en: 'Subject' } };

describe('summaryValues', () => {
  it('reads each path from the context, null when absent, objects left out', () => {
    const context = { amount: 760, request: { subject: '项目洽谈' }, nested: { a: 1 } };
    expect(
      summaryValues(
        [amount, subject, { path: 'nested', label: subject.label }, { path: 'x', label: subject.label }],
        context,
      ),
    ).toEqual([
      { label: amount.label, value: 760, format: 'money' },
      { label: subject.label, value: '项目洽谈' },
      { label: subject.label, value: null },
      { label: subject.label, value: null },
    ]);
  });

  it('yields nothing for a missing or malformed list', () => {
    expect(summaryValues(undefined, { amount: 1 })).toEqual([]);
    expect(summaryValues([{ label: amount.label }, 'x'], { amount: 1 })).toEqual([]);
  });
});

describe('business key templates', () => {
  it('fills the date in Asia/Shanghai and the zero-padded sequence', () => {
    // 2026-03-09 17:30 UTC is already 2026-03-10 01:30 in Shanghai.
    const day = shanghaiDay(new Date('2026-03-09T17:30:00.000Z'));
    expect(day).toBe('2026-03-10');
    expect(formatBusinessKey('ZD-{yyyyMMdd}-{seq}', day, 12)).toBe('ZD-20260310-12');
    expect(formatBusinessKey('{yyyy}/{MM}/{dd}-{seq:4}', day, 7)).toBe('2026/03/10-0007');
  });

  it.each([
    ['ZD-{yyyyMMdd}-{seq}', null],
    ['{seq:3}', null],
    ['', 'must be a non-empty string'],
    [42, 'must be a non-empty string'],
    ['ZD-{yyyyMMdd}', 'must contain {seq} so that keys are unique'],
    ['ZD-{hh}-{seq}', 'uses unknown placeholder {hh}'],
    ['ZD-{seq', 'has an unmatched brace'],
  ])('%j -> %s', (template, error) => {
    expect(businessKeyTemplateError(template)).toBe(error);
  });
});

describe('validateDefinition: meta.summary and meta.businessKey', () => {
  const withMeta = (meta: Record<string, unknown>) => {
    const spec = makeSpec({ a: { on: { GO: 'b' } }, b: { type: 'final' } });
    return { ...spec, meta: { ...spec.meta, ...meta } };
  };
  const codes = (meta: Record<string, unknown>) =>
    validateDefinition(withMeta(meta), standardRegistry).errors.map((p) => `${p.path} ${p.code}`);

  it('accepts a summary and a template', () => {
    expect(codes({ summary: [amount, subject], businessKey: 'ZD-{yyyyMMdd}-{seq}' })).toEqual([]);
  });

  it('names the field of a bad summary and a bad template', () => {
    expect(
      codes({
        summary: [{ path: 'a b', label: { zh: '金额' }, format: 'euro' }],
        businessKey: 'ZD-{yyyyMMdd}',
      }),
    ).toEqual([
      'meta.businessKey invalid-business-key',
      'meta.summary.0.path invalid-summary',
      'meta.summary.0.label.en empty-text',
      'meta.summary.0.format invalid-summary',
    ]);
    expect(codes({ summary: { path: 'amount' } })).toEqual(['meta.summary invalid-summary']);
    expect(codes({ summary: Array(6).fill(amount) })).toEqual(['meta.summary invalid-summary']);
  });
});
