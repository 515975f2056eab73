import { escapeLiteral } from 'pg';
import { quoteLiteral } from './quote-literal';
import { castLiteral, jsonLiteral, nulPointer, sqlLiteral } from './sql-literal';
import { UnstorableValueError } from './unstorable-value.error';

describe('sqlLiteral', () => {
  it.each([
    [null, 'NULL'],
    [undefined, 'NULL'],
    [42, '42'],
    [-1.5, '-1.5'],
    [true, 'TRUE'],
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ["'); DROP TABLE users; --", "'''); DROP TABLE users; --'"],
    ['back\\slash', " E'back\\\\slash'"],
    [[], "'{}'"],
    [['a', "b'c"], "ARRAY['a', 'b''c']"],
  ])('writes %j as %s', (value, expected) => {
    expect(sqlLiteral(value)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [{}]])('refuses %j', (value) => {
    expect(() => sqlLiteral(value)).toThrow();
  });

  it('refuses a NUL character in text, naming the column and the array item', () => {
    expect(() => sqlLiteral('a\u0000b', 'instances.business_key')).toThrow(
      new UnstorableValueError('instances.business_key', ''),
    );
    try {
      sqlLiteral(['ok', 'x\u0000'], 'tasks.outcomes');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(UnstorableValueError);
      expect(error).toMatchObject({ column: 'tasks.outcomes', pointer: '/1', reason: 'unstorable-value' });
    }
  });
});

describe('castLiteral and jsonLiteral', () => {
  it('casts literals and encodes JSON as jsonb (or json) text', () => {
    expect(castLiteral('2026-03-01T09:00:00.000Z', 'timestamptz')).toBe("'2026-03-01T09:00:00.000Z'::timestamptz");
    expect(castLiteral(null, 'timestamptz')).toBe('NULL::timestamptz');
    expect(jsonLiteral({ a: "x'y" })).toBe(`'{"a":"x''y"}'::jsonb`);
    expect(jsonLiteral('state')).toBe(`'"state"'::jsonb`);
    expect(jsonLiteral(undefined)).toBe(`'null'::jsonb`);
    expect(jsonLiteral({ b: 1, a: 2 }, 'json')).toBe(`'{"b":1,"a":2}'::json`);
  });

  it('refuses a NUL character anywhere in a JSON value, with its JSON Pointer', () => {
    const value = { comment: 'ok', items: [{ 'a/b': 'x\u0000' }] };
    expect(() => jsonLiteral(value, 'jsonb', 'instance_events.data')).toThrow(
      expect.objectContaining({ column: 'instance_events.data', pointer: '/items/0/a~1b' }),
    );
    expect(() => jsonLiteral({ ['k\u0000']: 1 })).toThrow(expect.objectContaining({ pointer: '/k\u0000' }));
  });

  it('keeps an escaped backslash followed by "u0000" (no NUL in the value)', () => {
    expect(jsonLiteral({ path: 'C:\\u0000' })).toBe(` E'{"path":"C:\\\\\\\\u0000"}'::jsonb`);
  });
});

describe('nulPointer', () => {
  it.each([
    ['plain', undefined],
    ['a\u0000', ''],
    [[1, 'x', ['y\u0000']], '/2/0'],
    [{ 'a~b': { c: '\u0000' } }, '/a~0b/c'],
    [{ a: null, b: 2 }, undefined],
  ])('finds the NUL in %j at %j', (value, expected) => {
    expect(nulPointer(value, '')).toBe(expected);
  });
});

describe('quoteLiteral', () => {
  /** Strings from an alphabet of the characters that matter (quotes, backslashes) and others. */
  function strings(count: number, seed = 7): string[] {
    const alphabet = ["'", '\\', 'a', ' ', '\n', 'E', '"', '中', '😀', '\u00e9', '%', ';'];
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    return Array.from({ length: count }, () =>
      Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(''),
    );
  }

  it("writes every string as pg's escapeLiteral does", () => {
    for (const text of ['', "'", '\\', "''\\\\'", ...strings(5000)])
      expect(quoteLiteral(text)).toBe(escapeLiteral(text));
  });
});
