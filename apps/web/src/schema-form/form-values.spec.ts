import { initialValues, JsonFieldError, toPayload } from './form-values';
import type { SchemaField } from './schema-fields';

const field = (name: string, kind: SchemaField['kind'], extra: Partial<SchemaField> = {}): SchemaField => ({
  name,
  kind,
  title: name,
  required: false,
  ...extra,
});

describe('toPayload', () => {
  const fields = [
    field('days', 'integer'),
    field('comment', 'text'),
    field('alcohol', 'boolean'),
    field('details', 'json'),
    field('at', 'datetime'),
  ];

  it('drops empty optional values and keeps false and 0', () => {
    expect(toPayload(fields, { days: 0, comment: '', alcohol: false, details: undefined, at: null })).toEqual({
      days: 0,
      alcohol: false,
    });
  });

  it('parses JSON fields and turns local date-times into ISO strings', () => {
    const payload = toPayload(fields, { details: '{"a": [1, 2]}', at: '2026-03-01T08:30' });
    expect(payload.details).toEqual({ a: [1, 2] });
    expect(payload.at).toBe(new Date('2026-03-01T08:30').toISOString());
  });

  it('names the JSON field that does not parse', () => {
    expect(() => toPayload(fields, { details: '{oops' })).toThrow(new JsonFieldError('details'));
  });
});

describe('initialValues', () => {
  it('uses schema defaults, false for booleans, and pretty JSON for JSON fields', () => {
    const fields = [
      field('days', 'integer', { defaultValue: 3 }),
      field('alcohol', 'boolean'),
      field('urgent', 'boolean', { defaultValue: true }),
      field('items', 'json', { defaultValue: [1] }),
      field('comment', 'text'),
    ];
    expect(initialValues(fields)).toEqual({ days: 3, alcohol: false, urgent: true, items: '[\n  1\n]' });
  });
});
