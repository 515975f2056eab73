import { namedPaths } from './named-fields';

describe('fields the audit reads by name', () => {
  it('are the start form’s person and department fields', () => {
    const spec = {
      meta: {
        input: {
          properties: {
            deputy: { type: 'string', 'x-kind': 'person' },
            dept: { type: 'string', 'x-kind': 'department' },
            amount: { type: 'number', 'x-kind': 'money' },
            reason: { type: 'string' },
          },
        },
      },
    };
    expect(namedPaths(spec)).toEqual({ deputy: 'person', dept: 'department' });
  });

  it('are none without a spec or a start form', () => {
    expect(namedPaths(undefined)).toEqual({});
    expect(namedPaths({ meta: {} })).toEqual({});
  });
});
