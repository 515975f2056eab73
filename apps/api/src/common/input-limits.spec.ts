import { MAX_JSON_DEPTH, inputLimitProblems } from './input-limits';

/** `levels` nested arrays: `[[...]]`. */
function nested(levels: number): unknown {
  let value: unknown[] = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe('inputLimitProblems', () => {
  it('accepts ordinary JSON, 64 levels deep included', () => {
    expect(inputLimitProblems({ type: 'PING', data: { a: [1, 'x', null, true, { b: '流程 😀' }] } })).toEqual([]);
    expect(inputLimitProblems(nested(MAX_JSON_DEPTH))).toEqual([]);
    expect(inputLimitProblems('plain')).toEqual([]);
    expect(inputLimitProblems(null)).toEqual([]);
  });

  it('refuses 65 levels, pointing at the first container too deep', () => {
    expect(inputLimitProblems({ a: nested(64) })).toEqual([
      { path: `/a${'/0'.repeat(63)}`, message: expect.stringContaining('64'), code: 'too-deep' },
    ]);
  });

  it('walks a million levels without recursion', () => {
    expect(inputLimitProblems(nested(1_000_000)).map((p) => p.code)).toEqual(['too-deep']);
  });

  it.each([
    [{ n: Infinity }, '/n', 'non-finite-number'],
    [{ n: [1, -Infinity] }, '/n/1', 'non-finite-number'],
    [{ n: NaN }, '/n', 'non-finite-number'],
    [{ s: 'a\u0000b' }, '/s', 'nul-character'],
    [{ 'k\u0000': 1 }, '/k\u0000', 'nul-character'],
    [{ s: 'x\ud800' }, '/s', 'invalid-unicode'],
    [{ s: ['\udc00'] }, '/s/0', 'invalid-unicode'],
    [{ '\ud800': 1 }, '/\ud800', 'invalid-unicode'],
    [JSON.parse('{"a":{"__proto__":{"x":1}}}'), '/a/__proto__', 'forbidden-key'],
    [{ 'a/b': { '~c': '\u0000' } }, '/a~1b/~0c', 'nul-character'],
    [Infinity, '', 'non-finite-number'],
  ])('refuses %j at %s with %s', (value, path, code) => {
    expect(inputLimitProblems(value)).toEqual([{ path, message: expect.any(String), code }]);
  });

  it('reports at most ten problems', () => {
    expect(inputLimitProblems(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(10);
  });
});
