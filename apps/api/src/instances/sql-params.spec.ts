import { SqlParams, sqlLiteral } from './sql-params';

describe('sqlLiteral', () => {
  it.each([
    [null, 'NULL'],
    [undefined, 'NULL'],
    [42, '42'],
    [-1.5, '-1.5'],
    [true, 'TRUE'],
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['back\\slash', " E'back\\\\slash'"],
    [[], "'{}'"],
    [['a', "b'c"], "ARRAY['a', 'b''c']"],
  ])('writes %j as %s', (value, expected) => {
    expect(sqlLiteral(value)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [{}]])('refuses %j', (value) => {
    expect(() => sqlLiteral(value)).toThrow();
  });
});

describe('SqlParams', () => {
  it('casts literals and encodes JSON as jsonb text', () => {
    const p = new SqlParams();
    expect(p.add('2026-03-01T09:00:00.000Z', 'timestamptz')).toBe("'2026-03-01T09:00:00.000Z'::timestamptz");
    expect(p.json({ a: "x'y" })).toBe(`'{"a":"x''y"}'::jsonb`);
    expect(p.json('state')).toBe(`'"state"'::jsonb`);
  });
});
