import { schemaCompileError, validateData } from './validate-data';

const schema = {
  type: 'object',
  required: ['days', 'email'],
  properties: {
    days: { type: 'integer', minimum: 1 },
    email: { type: 'string', format: 'email' },
    trip: { type: 'object', required: ['city'], properties: { city: { type: 'string' } } },
    'a/b': { type: 'string' },
  },
  additionalProperties: false,
};

describe('validateData', () => {
  it.each<[string, unknown, Array<{ path: string; code: string; params: object; message: string }>]>([
    ['valid data', { days: 2, email: 'a@b.cn' }, []],
    [
      'every missing field, each at its own pointer',
      {},
      [
        { path: '/days', code: 'required', params: { missingProperty: 'days' }, message: 'is required' },
        { path: '/email', code: 'required', params: { missingProperty: 'email' }, message: 'is required' },
      ],
    ],
    [
      'a value below the minimum',
      { days: 0, email: 'a@b.cn' },
      [{ path: '/days', code: 'minimum', params: { comparison: '>=', limit: 1 }, message: 'must be >= 1' }],
    ],
    [
      'a bad format (ajv-formats)',
      { days: 1, email: 'nope' },
      [{ path: '/email', code: 'format', params: { format: 'email' }, message: 'must match format "email"' }],
    ],
    [
      'a nested missing field',
      { days: 1, email: 'a@b.cn', trip: {} },
      [{ path: '/trip/city', code: 'required', params: { missingProperty: 'city' }, message: 'is required' }],
    ],
    [
      'an unknown field',
      { days: 1, email: 'a@b.cn', extra: 1 },
      [
        {
          path: '/extra',
          code: 'additionalProperties',
          params: { additionalProperty: 'extra' },
          message: 'is not allowed',
        },
      ],
    ],
    [
      'an escaped key',
      { days: 1, email: 'a@b.cn', 'a/b': 1 },
      [{ path: '/a~1b', code: 'type', params: { type: 'string' }, message: 'must be string' }],
    ],
    ['a non-object', 'text', [{ path: '', code: 'type', params: { type: 'object' }, message: 'must be object' }]],
  ])('%s', (_name, data, errors) => {
    expect(validateData(schema, data)).toEqual(errors.map((e) => ({ ...e, severity: 'error' })));
  });
});

describe('schemaCompileError', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'object' }, false],
    [{ type: 'nonsense' }, true],
    [{ properties: { a: { minimum: 'x' } } }, true],
    ['object', true],
  ])('%j -> error: %p', (schema, hasError) => {
    expect(schemaCompileError(schema) !== undefined).toBe(hasError);
  });
});

describe('schema cache', () => {
  it('compiles equal schemas with the same $id twice without ajv complaining, and validates both', () => {
    const make = () => ({ $id: 'https://liucheng.example/form', type: 'object', required: ['a'] });
    expect(validateData(make(), {})).toMatchObject([{ path: '/a', code: 'required', message: 'is required' }]);
    expect(validateData(make(), { a: 1 })).toEqual([]);
    expect(schemaCompileError(make())).toBeUndefined();
  });
});
