import { displayValue } from './field-value';

// 人员, 部门, 日期区间 and 多选 values as the reader sees them.
const names: Record<string, string> = { 'li.si': '李四', finance: '财务部' };
const labels = {
  yes: '是',
  no: '否',
  person: (username: string) => names[username] ?? username,
  department: (code: string) => names[code] ?? code,
};
const text = (name: string, value: unknown, schema: unknown, language: 'zh-CN' | 'en' = 'zh-CN') =>
  displayValue(name, value, schema, language, labels);

describe('person, department, date range and multiple choice values', () => {
  it('names a person by display name and a department by name, never by username or code', () => {
    expect(text('deputy', 'li.si', { type: 'string', 'x-kind': 'person' })).toEqual({ kind: 'text', text: '李四' });
    expect(text('dept', 'finance', { type: 'string', 'x-kind': 'department' })).toEqual({
      kind: 'text',
      text: '财务部',
    });
  });

  it('reads a date range as one span in either language', () => {
    const range = { type: 'object', 'x-kind': 'date-range' };
    expect(text('trip', { start: '2026-12-01', end: '2026-12-03' }, range)).toEqual({
      kind: 'text',
      text: '2026年12月1日 至 2026年12月3日',
    });
    expect(text('trip', { start: '2026-12-01', end: '2026-12-03' }, range, 'en')).toEqual({
      kind: 'text',
      text: 'December 1, 2026 – December 3, 2026',
    });
  });

  it('reads a multiple choice by its labels', () => {
    const meals = {
      type: 'array',
      items: { type: 'string', enum: ['lunch', 'dinner'], 'x-enumNames': ['午餐 / Lunch', '晚餐 / Dinner'] },
    };
    expect(text('meals', ['lunch', 'dinner'], meals)).toEqual({ kind: 'text', text: '午餐、晚餐' });
    expect(text('meals', ['dinner'], meals, 'en')).toEqual({ kind: 'text', text: 'Dinner' });
  });
});
