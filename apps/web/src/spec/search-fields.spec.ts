import {
  acceptsSearch,
  auditFieldChoices,
  declaredSearch,
  designerFieldChoices,
  fieldTitle,
  pruneRemovedFields,
  searchableFormFields,
  searchFieldKind,
  withSearch,
} from './search-fields';

const form = {
  type: 'object',
  properties: {
    amount: { type: 'number', minimum: 0, 'x-kind': 'money', title: '报销金额 / Amount' },
    reason: { type: 'string', title: { 'zh-CN': '事由', en: 'Reason' } },
    urgent: { type: 'boolean', title: { zh: '加急', en: 'Urgent' } },
    count: { type: 'integer' },
    receipt: { type: 'string', 'x-kind': 'file', title: '发票 / Receipt' },
    period: { type: 'object', 'x-kind': 'date-range', title: '期间 / Period' },
    items: { type: 'array', items: { type: 'object' }, title: '明细 / Items' },
  },
};

const spec = {
  meta: {
    input: form,
    search: ['reason', 'total', 'contractNo', 'amount'],
    fields: { total: { zh: '合计', en: 'Total' } },
    events: { SIGN: { schema: { properties: { contractNo: { type: 'string', title: '合同编号 / Contract no.' } } } } },
  },
};

describe('field titles', () => {
  it('picks the half or the key of the language', () => {
    expect(fieldTitle('报销金额 / Amount', 'en')).toBe('Amount');
    expect(fieldTitle('报销金额 / Amount', 'zh-CN')).toBe('报销金额');
    expect(fieldTitle({ 'zh-CN': '事由', en: 'Reason' }, 'zh-CN')).toBe('事由');
    expect(fieldTitle({ zh: '加急', en: '' }, 'en')).toBe('加急');
    expect(fieldTitle(undefined, 'en')).toBeUndefined();
    expect(fieldTitle('  ', 'en')).toBeUndefined();
  });
});

describe('the start form fields a process owner may mark', () => {
  it('offers scalars in form order, not files, ranges or tables', () => {
    expect(searchableFormFields(form, 'zh-CN')).toEqual([
      { name: 'amount', label: '报销金额' },
      { name: 'reason', label: '事由' },
      { name: 'urgent', label: '加急' },
      { name: 'count', label: 'count' },
    ]);
    expect(searchableFormFields(undefined, 'en')).toEqual([]);
  });

  it('keeps declared paths that are not form fields, flagged', () => {
    const choices = designerFieldChoices(spec, 'en');
    expect(choices.map((c) => [c.path, c.label, c.indexed, c.inForm])).toEqual([
      ['amount', 'Amount', true, true],
      ['reason', 'Reason', true, true],
      ['urgent', 'Urgent', false, true],
      ['count', 'count', false, true],
      ['total', 'Total', true, false],
      ['contractNo', 'Contract no.', true, false],
    ]);
  });
});

describe('what the audit search offers', () => {
  it('lists the declared fields first, in their order, then the other form fields', () => {
    const choices = auditFieldChoices(spec, 'zh-CN');
    expect(choices.map((c) => [c.path, c.label, c.indexed, c.kind])).toEqual([
      ['reason', '事由', true, 'text'],
      ['total', '合计', true, 'unknown'],
      ['contractNo', '合同编号', true, 'text'],
      ['amount', '报销金额', true, 'number'],
      ['urgent', '加急', false, 'text'],
      ['count', 'count', false, 'number'],
    ]);
    expect(choices.find((c) => c.path === 'count')?.titled).toBe(false);
  });

  it('has nothing to offer without a spec', () => {
    expect(auditFieldChoices(undefined, 'en')).toEqual([]);
    expect(declaredSearch({ meta: { search: 'amount' } })).toEqual([]);
  });

  it('reads a summary money path as a number', () => {
    expect(searchFieldKind({ meta: { summary: [{ path: 'fee', format: 'money' }] } }, 'fee')).toBe('number');
    expect(searchFieldKind(spec, 'nowhere')).toBe('unknown');
    expect(searchFieldKind(spec, undefined)).toBe('unknown');
  });
});

describe('keeping meta.search with the form', () => {
  it('drops a field removed from the form, keeps paths that never were form fields', () => {
    const after = { properties: { reason: {} } };
    expect(pruneRemovedFields(['amount', 'reason', 'total'], form, after)).toEqual(['reason', 'total']);
    expect(pruneRemovedFields(['amount'], form, form)).toEqual(['amount']);
  });

  it('refuses an 11th field, but lets a list already over the limit shrink', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `f${i}`);
    expect(acceptsSearch(ten.slice(1), ten)).toBe(true);
    expect(acceptsSearch(ten, [...ten, 'f10'])).toBe(false);
    expect(acceptsSearch([...ten, 'a', 'b'], [...ten, 'a'])).toBe(true);
  });

  it('writes search only when not empty, keeping the other keys', () => {
    expect(withSearch({ summary: [1] }, ['amount'])).toEqual({ summary: [1], search: ['amount'] });
    expect(withSearch({ summary: [1], search: ['amount'] }, [])).toEqual({ summary: [1] });
    expect(withSearch({ search: ['amount'] }, [])).toBeUndefined();
    expect(withSearch(undefined, ['a'])).toEqual({ search: ['a'] });
  });
});
